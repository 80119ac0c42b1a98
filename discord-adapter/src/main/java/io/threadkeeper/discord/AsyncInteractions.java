package io.threadkeeper.discord;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Hands {@code /async}, button clicks and modal submissions to the {@link CommandDesk} and sends
 * back its answer, ephemerally, as the interaction's first response (a modal when the desk asks for
 * a form). The desk answers within a few hundred milliseconds by contract, well inside Discord's 3
 * seconds, so the answer goes out directly rather than after a deferral, which would rule out
 * opening a modal. Says who the invoker is; decides nothing. Thread-safe.
 */
final class AsyncInteractions {
  private final CommandDesk desk;
  private final String moderatorRoleId;

  AsyncInteractions(CommandDesk desk, String moderatorRoleId) {
    this.desk = desk;
    this.moderatorRoleId = moderatorRoleId;
  }

  void command(SlashCommandInteractionEvent event) {
    if (!AsyncSlashCommand.NAME.equals(event.getName()) || event.getGuild() == null) {
      return;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (OptionMapping option : event.getOptions()) {
      options.put(option.getName(), option.getAsString());
    }
    String path =
        event.getSubcommandGroup() == null
            ? event.getSubcommandName()
            : event.getSubcommandGroup() + " " + event.getSubcommandName();
    CommandInvoked invoked =
        new CommandInvoked(
            DiscordEventTranslator.workspace(event.getGuild().getId()),
            EventKey.derived("command_invoked", event.getId()),
            event.getTimeCreated().toInstant(),
            new ChannelId(event.getChannelId()),
            new MemberId(event.getUser().getId()),
            CommandArguments.of(path == null ? "" : path, options),
            threadRoot(event),
            event.getToken());
    answer(event, desk.receive(invoked, isModerator(event.getMember())));
  }

  void button(ButtonInteractionEvent event) {
    if (event.getGuild() == null) {
      return;
    }
    String customId = event.getComponentId();
    int separator = customId.indexOf(EmbedRenderer.CUSTOM_ID_SEPARATOR);
    String action = separator < 0 ? customId : customId.substring(0, separator);
    Map<String, String> values =
        separator < 0 ? Map.of() : Map.of("value", customId.substring(separator + 1));
    answer(event, desk.receive(interaction(event, action, values), isModerator(event.getMember())));
  }

  void modal(ModalInteractionEvent event) {
    if (event.getGuild() == null) {
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    event.getValues().forEach(field -> values.put(field.getCustomId(), field.getAsString()));
    CommandReply reply =
        desk.receive(
            interaction(event, event.getModalId(), values), isModerator(event.getMember()));
    event.reply(EmbedRenderer.render(reply.body())).setEphemeral(true).queue();
  }

  private InteractionReceived interaction(
      Interaction event, String action, Map<String, String> values) {
    return new InteractionReceived(
        DiscordEventTranslator.workspace(event.getGuild().getId()),
        EventKey.derived("interaction_received", event.getId()),
        event.getTimeCreated().toInstant(),
        new ChannelId(event.getChannelId()),
        new MemberId(event.getUser().getId()),
        action,
        values,
        threadRoot(event),
        event.getToken());
  }

  private static MessageKey threadRoot(Interaction event) {
    ChannelType type = event.getChannelType();
    return type != null && type.isThread() ? new MessageKey(event.getChannelId()) : null;
  }

  /** Discord's Manage Server permission, or the role the operator named. */
  boolean isModerator(Member member) {
    if (member == null) {
      return false;
    }
    return member.hasPermission(Permission.MANAGE_SERVER)
        || (moderatorRoleId != null
            && member.getRoles().stream().anyMatch(role -> role.getId().equals(moderatorRoleId)));
  }

  private static <T extends IReplyCallback & IModalCallback> void answer(
      T callback, CommandReply reply) {
    if (reply.form().isPresent()) {
      callback.replyModal(Forms.modal(reply.form().get())).queue();
    } else {
      callback.reply(EmbedRenderer.render(reply.body())).setEphemeral(true).queue();
    }
  }
}
