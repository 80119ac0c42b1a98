package io.threadkeeper.core.store;

import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.CommandHelp;
import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.command.Subcommand;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The command desk on PostgreSQL: parses and checks every {@code /async} command and interaction at
 * once, answers what needs no state ({@code help}, the forms, problems, denials), and stores the
 * rest in the inbox for {@link CommandApplier}, whose full answer follows through the outbox.
 *
 * <p>Read-only commands that need stored state ({@code why}, {@code mine}, {@code report}) are
 * stored and answered through the outbox like the others: one path, and the adapter's 3 seconds are
 * never spent on a query.
 *
 * <p>Thread-safe.
 */
public final class PostgresCommandDesk implements CommandDesk, AutoCloseable {
  /** Buttons whose clicks are stored and carried out by the applier. */
  static final Set<String> STORED_ACTIONS =
      Set.of(
          CommandApplier.WHY,
          CommandApplier.NUDGE_SNOOZE,
          CommandApplier.THREAD_SNOOZE,
          CommandApplier.THREAD_RESOLVE,
          CommandForms.SUMMARY_SUBMIT);

  static final String SUMMARY_POST = "summary.post";

  private final AsyncCommandParser parser = new AsyncCommandParser();
  private final DeskInbox inbox;
  private final DeskAudit audit;

  /**
   * @param budget how long to wait for the inbox before answering that the command will follow
   */
  public PostgresCommandDesk(Inbox inbox, Jdbi jdbi, Clock clock, Duration budget) {
    this.inbox = new DeskInbox(inbox, budget);
    this.audit = new DeskAudit(jdbi, clock);
  }

  @Override
  public CommandReply receive(CommandInvoked command, boolean invokerIsModerator) {
    ParseOutcome outcome = parser.parse(argumentsOf(command));
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      return CommandReply.text(DeskWording.rejected(rejected));
    }
    AsyncCommand parsed = ((ParseOutcome.Parsed) outcome).command();
    Subcommand subcommand = parsed.subcommand();
    if (parsed.moderatorOnly() && !invokerIsModerator) {
      audit.denied(command.workspace(), command.member(), subcommand.commandName(), command);
      return CommandReply.text(DeskWording.moderatorsOnly(subcommand));
    }
    if (CommandApplier.needsThread(parsed) && command.threadRoot() == null) {
      return CommandReply.text(DeskWording.needsThread(subcommand));
    }
    if (parsed instanceof AsyncCommand.Help help) {
      return CommandReply.text(help.topic().map(CommandHelp::about).orElse(CommandHelp.overview()));
    }
    if (parsed instanceof AsyncCommand.Ask ask) {
      return CommandForms.ask(ask.due());
    }
    if (parsed instanceof AsyncCommand.Summary summary && summary.text().isEmpty()) {
      return CommandForms.summary();
    }
    if (parsed instanceof AsyncCommand.ForgetMe forget && !forget.confirmed()) {
      return CommandReply.text(DeskWording.FORGET_ME_PREVIEW);
    }
    String ack =
        parsed instanceof AsyncCommand.ForgetMe ? DeskWording.FORGET_ME_DONE : DeskWording.ON_IT;
    return inbox.store(stored(command, parsed, invokerIsModerator), ack);
  }

  @Override
  public CommandReply receive(InteractionReceived interaction, boolean invokerIsModerator) {
    String action = interaction.action();
    if (SUMMARY_POST.equals(action)) {
      return interaction.threadRoot() == null
          ? CommandReply.text(DeskWording.needsThread(Subcommand.SUMMARY))
          : CommandForms.summary();
    }
    if (CommandForms.ASK_SUBMIT.equals(action)) {
      try {
        AskRequest.read(interaction.values());
      } catch (AskRequest.Problem problem) {
        return CommandReply.text(problem.getMessage());
      }
      if (interaction.channel() == null) {
        return CommandReply.text("Open the request form from the channel it belongs in.");
      }
    } else if (!STORED_ACTIONS.contains(action)) {
      return CommandReply.text(DeskWording.STALE_BUTTON);
    }
    return inbox.store(interaction.asModerator(invokerIsModerator), DeskWording.ON_IT);
  }

  /** Slack escapes {@code & < >} in command text; the grammar reads what the member typed. */
  static String argumentsOf(CommandInvoked command) {
    String text = command.arguments();
    if (command.workspace().platform() != Platform.SLACK) {
      return text;
    }
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * The event as stored: with the moderator flag, and without its thread unless the command is
   * about the thread, so that the thread's norms only see commands that concern them (a {@code
   * forget-me} run in a thread must not bring the member back through the thread's norms).
   */
  private static ChatEvent stored(CommandInvoked command, AsyncCommand parsed, boolean moderator) {
    if (CommandApplier.needsThread(parsed) || command.threadRoot() == null) {
      return command.asModerator(moderator);
    }
    return new CommandInvoked(
        command.workspace(),
        command.key(),
        command.occurredAt(),
        command.channel(),
        command.member(),
        command.arguments(),
        null,
        command.replyHandle(),
        moderator);
  }

  @Override
  public void close() {
    inbox.close();
  }
}
