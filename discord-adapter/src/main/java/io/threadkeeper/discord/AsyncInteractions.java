package io.threadkeeper.discord;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands {@code /async}, button clicks and modal submissions to the {@link CommandDesk} and sends
 * back its answer, ephemerally, as the interaction's first response (a modal when the desk asks for
 * a form). Discord drops an interaction not answered within 3 seconds, and the desk may be slower
 * when the database is: an answer not ready within {@code budget} is deferred (ephemeral
 * "thinking") and written into the deferred response through the interaction's webhook when it
 * comes, within the token's 15 minutes. Answering directly when possible keeps modals possible,
 * which a deferred interaction cannot open. Says who the invoker is; decides nothing. Thread-safe.
 */
final class AsyncInteractions implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AsyncInteractions.class);
  static final String FORM_TOO_LATE =
      "The form could not open in time because Threadkeeper is slow right now; please run the"
          + " command again.";
  static final String UNAVAILABLE =
      "Threadkeeper could not take this right now; please try again in a minute.";

  private final CommandDesk desk;
  private final String moderatorRoleId;
  private final Duration budget;
  private final ExecutorService answers =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "discord-command-desk");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * @param budget how long to wait for the desk before deferring; well inside Discord's 3 seconds
   */
  AsyncInteractions(CommandDesk desk, String moderatorRoleId, Duration budget) {
    this.desk = desk;
    this.moderatorRoleId = moderatorRoleId;
    this.budget = budget;
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
    boolean moderator = isModerator(event.getMember());
    answer(event, event, () -> desk.receive(invoked, moderator));
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
    InteractionReceived clicked = interaction(event, action, values);
    boolean moderator = isModerator(event.getMember());
    answer(event, event, () -> desk.receive(clicked, moderator));
  }

  void modal(ModalInteractionEvent event) {
    if (event.getGuild() == null) {
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    event.getValues().forEach(field -> values.put(field.getCustomId(), field.getAsString()));
    InteractionReceived submitted = interaction(event, event.getModalId(), values);
    boolean moderator = isModerator(event.getMember());
    answer(event, null, () -> desk.receive(submitted, moderator));
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

  /**
   * Answers with the desk's reply if it comes within the budget, else defers and edits the deferred
   * response when it comes.
   *
   * @param modals the same callback when it may open a modal, else {@code null}
   */
  private void answer(
      IReplyCallback callback, IModalCallback modals, Supplier<CommandReply> receive) {
    CompletableFuture<CommandReply> reply = CompletableFuture.supplyAsync(receive, answers);
    try {
      CommandReply ready = reply.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      if (ready.form().isPresent() && modals != null) {
        modals.replyModal(Forms.modal(ready.form().get())).queue();
      } else {
        callback.reply(EmbedRenderer.render(ready.body())).setEphemeral(true).queue();
      }
    } catch (TimeoutException e) {
      callback.deferReply(true).queue();
      reply.whenComplete((late, failure) -> finish(callback, late, failure));
    } catch (ExecutionException e) {
      log.warn("the command desk failed: {}", e.getCause().getClass().getName());
      callback.reply(UNAVAILABLE).setEphemeral(true).queue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      callback.reply(UNAVAILABLE).setEphemeral(true).queue();
    }
  }

  /** Writes a late answer into the deferred response; a form cannot open any more. */
  private static void finish(IReplyCallback callback, CommandReply late, Throwable failure) {
    MessageEditData edit;
    if (failure != null) {
      log.warn("the command desk failed: {}", failure.getClass().getName());
      edit = MessageEditData.fromContent(UNAVAILABLE);
    } else if (late.form().isPresent()) {
      edit = MessageEditData.fromContent(FORM_TOO_LATE);
    } else {
      edit = MessageEditData.fromCreateData(EmbedRenderer.render(late.body()));
    }
    callback
        .getHook()
        .editOriginal(edit)
        .queue(
            done -> {},
            error ->
                log.warn(
                    "Could not finish a deferred interaction (its token lasts 15 minutes): {}",
                    error.toString()));
  }

  @Override
  public void close() {
    answers.shutdown();
  }
}
