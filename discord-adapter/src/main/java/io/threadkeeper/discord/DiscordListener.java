package io.threadkeeper.discord;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.model.AuthorKind;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateArchivedEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives JDA's events, translates them and hands them to the inbox; commands and interactions go
 * to {@link AsyncInteractions}. It only translates: nothing here decides what an event means.
 * Gateway events cannot be refused, so an inbox outage is logged and the message is read back from
 * history by the next fresh session. Thread-safe.
 */
final class DiscordListener extends ListenerAdapter {
  private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

  private final Inbox inbox;
  private final JdaEvents events;
  private final AsyncInteractions interactions;
  private final CommandRegistration commands;
  private final Backfill backfill;
  private final SentNonces sentNonces;
  private final Startup startup;

  DiscordListener(
      Inbox inbox,
      JdaEvents events,
      AsyncInteractions interactions,
      CommandRegistration commands,
      Backfill backfill,
      SentNonces sentNonces,
      Startup startup) {
    this.inbox = inbox;
    this.events = events;
    this.interactions = interactions;
    this.commands = commands;
    this.backfill = backfill;
    this.sentNonces = sentNonces;
    this.startup = startup;
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    received(event.getMessage());
  }

  private void received(Message message) {
    events
        .posted(message)
        .ifPresent(
            posted -> {
              if (posted.authorKind() == AuthorKind.SELF) {
                sentNonces.echoed(message.getNonce(), message.getId());
              }
              accept(posted);
              backfill.saw(
                  message.getGuildId(),
                  message.getChannelIdLong(),
                  message.getIdLong(),
                  message.getTimeCreated().toInstant());
            });
  }

  @Override
  public void onMessageUpdate(MessageUpdateEvent event) {
    events.edited(event).ifPresent(this::accept);
  }

  @Override
  public void onMessageDelete(MessageDeleteEvent event) {
    events.deleted(event).ifPresent(this::accept);
  }

  @Override
  public void onMessageBulkDelete(MessageBulkDeleteEvent event) {
    events.bulkDeleted(event).forEach(this::accept);
  }

  @Override
  public void onMessageReactionAdd(MessageReactionAddEvent event) {
    events.reactionAdded(event).ifPresent(this::accept);
  }

  @Override
  public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
    events.reactionRemoved(event).ifPresent(this::accept);
  }

  @Override
  public void onGuildMemberJoin(GuildMemberJoinEvent event) {
    accept(events.memberJoined(event));
  }

  @Override
  public void onGuildMemberRemove(GuildMemberRemoveEvent event) {
    accept(events.memberLeft(event));
  }

  @Override
  public void onChannelUpdateArchived(ChannelUpdateArchivedEvent event) {
    events.archived(event).ifPresent(this::accept);
  }

  /**
   * Channel names let the core seed urgent channels; then {@code /async} is made current and what
   * was said while this node was down is read back.
   */
  @Override
  public void onGuildReady(GuildReadyEvent event) {
    Guild guild = event.getGuild();
    guild.getTextChannels().forEach(channel -> accept(events.seen(channel)));
    guild.getForumChannels().forEach(channel -> accept(events.seen(channel)));
    commands.ensure(guild);
    backfill.resume(guild, this::received);
  }

  @Override
  public void onSessionRecreate(SessionRecreateEvent event) {
    log.info(
        "Shard {} started a fresh session; reading what was missed", event.getJDA().getShardInfo());
    backfill.catchUp(event.getJDA(), this::received);
  }

  @Override
  public void onReady(ReadyEvent event) {
    startup.ready(event.getJDA().getShardInfo().getShardId());
  }

  @Override
  public void onShutdown(ShutdownEvent event) {
    startup.shutDown(event.getCloseCode());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    interactions.command(event);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    interactions.button(event);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    interactions.modal(event);
  }

  private void accept(ChatEvent event) {
    try {
      inbox.accept(event);
    } catch (InboxUnavailableException e) {
      log.error(
          "The inbox could not store {} {}; a message will be read back after the next fresh"
              + " session",
          event.type(),
          event.key(),
          e);
    }
  }
}
