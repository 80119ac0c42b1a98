package io.threadkeeper.discord;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateArchivedEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;

/**
 * Reads the values the translator needs out of JDA's events and entities. Only guild events count:
 * the bot tracks no direct messages. Thread-safe.
 */
final class JdaEvents {
  private final DiscordEventTranslator translator;
  private final Clock clock;

  JdaEvents(DiscordEventTranslator translator, Clock clock) {
    this.translator = translator;
    this.clock = clock;
  }

  Optional<MessagePosted> posted(Message message) {
    if (!message.isFromGuild()) {
      return Optional.empty();
    }
    boolean inThread = message.getChannelType().isThread();
    boolean self = message.getAuthor().getIdLong() == message.getJDA().getSelfUser().getIdLong();
    return Optional.of(
        translator.posted(
            new DiscordEventTranslator.Posted(
                message.getGuildId(),
                message.getChannelId(),
                message.getId(),
                inThread ? message.getChannelId() : null,
                repliesTo(message),
                message.getAuthor().getId(),
                DiscordEventTranslator.authorKind(
                    message.getType().isSystem(),
                    self,
                    message.getAuthor().isBot() || message.isWebhookMessage()),
                message.getContentRaw(),
                message.getAttachments().size(),
                message.getTimeCreated().toInstant())));
  }

  /** A reply in the same channel; a forward or a cross-channel reference starts no thread. */
  private static String repliesTo(Message message) {
    MessageReference reference = message.getMessageReference();
    if (reference == null
        || reference.getType() != MessageReference.MessageReferenceType.DEFAULT
        || reference.getChannelIdLong() != message.getChannelIdLong()) {
      return null;
    }
    return reference.getMessageId();
  }

  Optional<ChatEvent> edited(MessageUpdateEvent event) {
    Message message = event.getMessage();
    if (!message.isFromGuild() || message.getTimeEdited() == null) {
      return Optional.empty();
    }
    return Optional.of(
        translator.edited(
            message.getGuildId(),
            message.getChannelId(),
            message.getId(),
            message.getChannelType().isThread() ? message.getChannelId() : null,
            message.getAuthor().getId(),
            message.getContentRaw(),
            message.getTimeEdited().toInstant()));
  }

  Optional<ChatEvent> deleted(MessageDeleteEvent event) {
    if (!event.isFromGuild()) {
      return Optional.empty();
    }
    return Optional.of(
        translator.deleted(
            event.getGuild().getId(), event.getChannel().getId(), event.getMessageId(), now()));
  }

  List<ChatEvent> bulkDeleted(MessageBulkDeleteEvent event) {
    String guild = event.getGuild().getId();
    String channel = event.getChannel().getId();
    Instant now = now();
    return event.getMessageIds().stream()
        .<ChatEvent>map(id -> translator.deleted(guild, channel, id, now))
        .toList();
  }

  Optional<ChatEvent> reactionAdded(MessageReactionAddEvent event) {
    if (!event.isFromGuild()) {
      return Optional.empty();
    }
    return Optional.of(
        translator.reactionAdded(
            event.getGuild().getId(),
            event.getChannel().getId(),
            event.getMessageId(),
            event.getUserId(),
            event.getEmoji().getName(),
            now()));
  }

  Optional<ChatEvent> reactionRemoved(MessageReactionRemoveEvent event) {
    if (!event.isFromGuild()) {
      return Optional.empty();
    }
    return Optional.of(
        translator.reactionRemoved(
            event.getGuild().getId(),
            event.getChannel().getId(),
            event.getMessageId(),
            event.getUserId(),
            event.getEmoji().getName(),
            now()));
  }

  ChatEvent memberJoined(GuildMemberJoinEvent event) {
    return translator.memberChanged(
        event.getGuild().getId(), event.getUser().getId(), event.getUser().isBot(), now());
  }

  ChatEvent memberLeft(GuildMemberRemoveEvent event) {
    return translator.memberLeft(event.getGuild().getId(), event.getUser().getId(), now());
  }

  Optional<ChatEvent> archived(ChannelUpdateArchivedEvent event) {
    if (!(event.getChannel() instanceof ThreadChannel thread)) {
      return Optional.empty();
    }
    Instant changedAt =
        thread.getTimeArchiveInfoLastModified() == null
            ? now()
            : thread.getTimeArchiveInfoLastModified().toInstant();
    return Optional.of(
        translator.channel(
            thread.getGuild().getId(),
            thread.getId(),
            thread.getName(),
            Boolean.TRUE.equals(event.getNewValue()),
            changedAt));
  }

  /** A channel as first seen on this connection; a repeated sighting has the same key. */
  ChatEvent seen(GuildChannel channel) {
    return translator.channel(
        channel.getGuild().getId(),
        channel.getId(),
        channel.getName(),
        false,
        channel.getTimeCreated().toInstant());
  }

  private Instant now() {
    return clock.instant();
  }
}
