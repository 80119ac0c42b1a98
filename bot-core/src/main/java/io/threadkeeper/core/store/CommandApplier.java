package io.threadkeeper.core.store;

import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Carries out stored {@code /async} commands and interactions in the inbox row's transaction and
 * writes the full answer to the outbox: ephemeral to the invoker in the channel, or a direct
 * message when there is no channel, with the event key as correlation id. A duplicate delivery
 * never reaches it (the inbox is unique on the event key), so each command runs once.
 *
 * <p>It also notices the bot's own root messages: a posted {@code ask} becomes a tracked thread
 * with the form's owner and due time ({@link AskThreads}).
 *
 * <p>Register it after {@link ThreadProjection} and before {@link NormsRunner}: the norms then see
 * a new owner (and re-plan), a resolved thread or a posted ask in the same transaction. Snoozes are
 * the norms' own: this applier only answers them.
 *
 * <p>Thread-safe.
 */
public final class CommandApplier implements EventApplier {
  static final String WHY = "why";
  static final String NUDGE_SNOOZE = "nudge.snooze";
  static final String THREAD_SNOOZE = "thread.snooze";
  static final String THREAD_RESOLVE = "thread.resolve";

  private final AsyncCommandParser parser = new AsyncCommandParser();
  private final Outbox outbox;
  private final ThreadCommands threads;
  private final MemberCommands members = new MemberCommands();
  private final ModeratorCommands moderators = new ModeratorCommands();
  private final MemberErasure erasure = new MemberErasure();
  private final AskSubmission asks;
  private final ReportCommand reports;

  public CommandApplier(Clock clock, WeeklyReportQuery health) {
    this.outbox = new Outbox(clock);
    this.threads = new ThreadCommands(outbox);
    this.asks = new AskSubmission(outbox);
    this.reports = new ReportCommand(health, clock);
  }

  /** Whether a command is about the thread it is run in. */
  static boolean needsThread(AsyncCommand command) {
    return command instanceof AsyncCommand.Owner
        || command instanceof AsyncCommand.Assign
        || command instanceof AsyncCommand.Resolve
        || command instanceof AsyncCommand.Summary
        || command instanceof AsyncCommand.Snooze;
  }

  /**
   * An ask's root arriving rewrites its thread (owner, due time, author) behind the batch's cache,
   * so the cache is emptied and the norms after this step read the tracked thread.
   */
  @Override
  public void apply(BatchCache cache, ChatEvent event) {
    if (isOwnRoot(event)) {
      if (askRootArrived(cache.handle(), (MessagePosted) event)) {
        cache.clear();
      }
    } else if (event instanceof CommandInvoked || event instanceof InteractionReceived) {
      apply(cache.handle(), event);
    }
  }

  @Override
  public void apply(Handle handle, ChatEvent event) {
    if (event instanceof CommandInvoked command) {
      Invocation call = invocation(handle, command);
      ParseOutcome outcome = parser.parse(PostgresCommandDesk.argumentsOf(command));
      if (outcome instanceof ParseOutcome.Parsed parsed) {
        carryOut(call, parsed.command()).ifPresent(answer -> reply(call, answer));
      }
    } else if (event instanceof InteractionReceived interaction) {
      Invocation call = invocation(handle, interaction);
      carryOut(call, interaction).ifPresent(answer -> reply(call, answer));
    } else if (isOwnRoot(event)) {
      askRootArrived(handle, (MessagePosted) event);
    }
  }

  private static boolean isOwnRoot(ChatEvent event) {
    return event instanceof MessagePosted posted
        && posted.authorKind() == AuthorKind.SELF
        && posted.rootOrSelf().equals(posted.message());
  }

  private static boolean askRootArrived(Handle handle, MessagePosted posted) {
    Directory directory = handle.attach(Directory.class);
    long channelId =
        directory.channelId(directory.workspaceId(posted.workspace()), posted.channel());
    return AskThreads.rootArrived(handle, channelId, posted.message().value());
  }

  private Optional<String> carryOut(Invocation call, AsyncCommand command) {
    if (command.moderatorOnly() && !call.moderator()) {
      // The desk refused and audited it already; a stored one can only be a forged row.
      return Optional.empty();
    }
    if (needsThread(command) && (call.root() == null || call.channel() == null)) {
      return Optional.of(DeskWording.needsThread(command.subcommand()));
    }
    if (command instanceof AsyncCommand.ForgetMe forget) {
      if (forget.confirmed()) {
        erasure.erase(call);
        return Optional.empty();
      }
      return Optional.of(DeskWording.FORGET_ME_PREVIEW);
    }
    return Optional.of(answer(call, command));
  }

  private String answer(Invocation call, AsyncCommand command) {
    if (command instanceof AsyncCommand.Owner owner) {
      return threads.owner(call, owner.owner().member(), false);
    } else if (command instanceof AsyncCommand.Assign assign) {
      return threads.owner(call, assign.owner().member(), true);
    } else if (command instanceof AsyncCommand.Resolve) {
      return threads.resolve(call);
    } else if (command instanceof AsyncCommand.Summary summary) {
      return summary
          .text()
          .map(text -> threads.post(call, text))
          .orElseGet(() -> threads.markLatestReply(call));
    } else if (command instanceof AsyncCommand.Snooze snooze) {
      return SnoozeWording.answer(snooze);
    } else if (command instanceof AsyncCommand.Mine) {
      return members.mine(call);
    } else if (command instanceof AsyncCommand.TimeZone zone) {
      return members.timeZone(call, zone);
    } else if (command instanceof AsyncCommand.Hours hours) {
      return members.hours(call, hours.hours());
    } else if (command instanceof AsyncCommand.Why) {
      return members.why(call);
    } else if (command instanceof AsyncCommand.Report report) {
      return reports.answer(call, report.week());
    } else if (command instanceof AsyncCommand.Config config) {
      return moderators.config(call, config);
    } else if (command instanceof AsyncCommand.AuditLog auditLog) {
      return moderators.auditLog(call, auditLog);
    }
    return "Use the form for that: run /async " + command.subcommand().commandName() + ".";
  }

  private Optional<String> carryOut(Invocation call, InteractionReceived interaction) {
    String action = interaction.action();
    if (WHY.equals(action)) {
      return Optional.of(members.why(call));
    }
    if (CommandForms.ASK_SUBMIT.equals(action) && call.channel() != null) {
      return Optional.of(asks.submit(call, AskRequest.read(interaction.values())));
    }
    if (call.root() == null || call.channel() == null) {
      return Optional.of(
          NUDGE_SNOOZE.equals(action) ? SnoozeWording.NUDGES_NOT_YET : DeskWording.STALE_BUTTON);
    }
    if (THREAD_RESOLVE.equals(action)) {
      return Optional.of(threads.resolve(call));
    }
    if (THREAD_SNOOZE.equals(action)) {
      return Optional.of(SnoozeWording.ONE_WORKING_DAY);
    }
    if (CommandForms.SUMMARY_SUBMIT.equals(action)) {
      String text = interaction.values().getOrDefault(CommandForms.SUMMARY_TEXT, "").strip();
      boolean unchanged = text.isEmpty() || text.equals(CommandForms.SUMMARY_TEMPLATE);
      return Optional.of(unchanged ? threads.markLatestReply(call) : threads.post(call, text));
    }
    return Optional.of(
        NUDGE_SNOOZE.equals(action) ? SnoozeWording.NUDGES_NOT_YET : DeskWording.STALE_BUTTON);
  }

  private void reply(Invocation call, String answer) {
    MessageBody body = MessageBody.text(answer);
    OutboxEntry entry =
        call.channel() != null
            ? new OutboxEntry(
                call.workspace(),
                Delivery.EPHEMERAL,
                call.channel(),
                call.root(),
                call.member(),
                body,
                call.key(),
                call.at(),
                false,
                null)
            : new OutboxEntry(
                call.workspace(),
                Delivery.DIRECT_MESSAGE,
                null,
                null,
                call.member(),
                body,
                call.key(),
                call.at(),
                false,
                null);
    outbox.enqueue(call.handle(), entry);
  }

  private static Invocation invocation(Handle handle, CommandInvoked c) {
    long workspaceId = handle.attach(Directory.class).workspaceId(c.workspace());
    return new Invocation(
        handle,
        c.workspace(),
        workspaceId,
        c.channel(),
        c.threadRoot(),
        c.member(),
        c.invokerIsModerator(),
        c.occurredAt(),
        c.key().value());
  }

  private static Invocation invocation(Handle handle, InteractionReceived i) {
    long workspaceId = handle.attach(Directory.class).workspaceId(i.workspace());
    return new Invocation(
        handle,
        i.workspace(),
        workspaceId,
        i.channel(),
        i.threadRoot(),
        i.member(),
        i.invokerIsModerator(),
        i.occurredAt(),
        i.key().value());
  }
}
