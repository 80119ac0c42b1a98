package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commands about the thread they are run in: {@code owner}, {@code assign}, {@code resolve} and
 * {@code summary}. The norms see the changed thread right after (the norms runner follows this
 * applier), so a new owner gets a fresh plan and a resolved thread stops its reminders.
 *
 * <p>Thread-safe (stateless apart from the outbox).
 */
final class ThreadCommands {
  static final String NOT_TRACKED =
      "Threadkeeper does not track this thread (yet): only threads started by people are tracked.";
  private static final Pattern MASS_MENTION =
      Pattern.compile("<!(here|channel|everyone)(\\|[^>]*)?>|@(?=(here|channel|everyone)\\b)");

  private final Outbox outbox;

  ThreadCommands(Outbox outbox) {
    this.outbox = outbox;
  }

  String owner(Invocation call, MemberId newOwner, boolean asModerator) {
    Optional<ThreadState> thread = thread(call);
    if (thread.isEmpty()) {
      return NOT_TRACKED;
    }
    MemberId before = thread.get().owner();
    save(call, thread.get().withOwner(newOwner));
    if (asModerator) {
      call.audit(
          "assign",
          call.channel().value() + "/" + call.root().value(),
          "changed",
          AuditDetail.change(before == null ? null : before.value(), newOwner.value()));
    }
    return Objects.equals(before, newOwner)
        ? "<@" + newOwner.value() + "> already owns this thread."
        : "This thread is now owned by <@" + newOwner.value() + ">; their reply window starts now.";
  }

  String resolve(Invocation call) {
    Optional<ThreadState> thread = thread(call);
    if (thread.isEmpty()) {
      return NOT_TRACKED;
    }
    boolean owner = call.member().equals(thread.get().owner());
    if (!owner && !call.moderator()) {
      return "Only the thread's owner or a moderator can resolve it; the owner is <@"
          + Optional.ofNullable(thread.get().owner()).map(MemberId::value).orElse("nobody")
          + ">.";
    }
    if (thread.get().status() == ThreadStatus.RESOLVED) {
      return "This thread is already resolved.";
    }
    save(call, thread.get().withStatus(ThreadStatus.RESOLVED, call.at(), "command"));
    if (!owner) {
      call.audit("resolve", call.channel().value() + "/" + call.root().value(), "changed", "{}");
    }
    return "Resolved. Reminders for this thread stop.";
  }

  /** Marks the invoker's latest reply in the thread as its summary. */
  String markLatestReply(Invocation call) {
    if (thread(call).isEmpty()) {
      return NOT_TRACKED;
    }
    long channelId = call.channelId();
    return call.commands()
        .latestReply(channelId, call.root().value(), call.memberId())
        .map(
            key -> {
              call.commands().markSummary(channelId, call.root().value(), key);
              return "Your latest reply in this thread is now its summary.";
            })
        .orElse(
            "You have no reply in this thread to mark; post your summary with /async summary"
                + " <text>.");
  }

  /** Posts {@code text} in the thread as the invoker's summary. */
  String post(Invocation call, String text) {
    String body = "Summary by <@" + call.member().value() + ">:\n" + defang(text);
    outbox.enqueue(
        call.handle(),
        new OutboxEntry(
            call.workspace(),
            Delivery.THREAD_REPLY,
            call.channel(),
            call.root(),
            null,
            MessageBody.text(body),
            call.key(),
            call.at(),
            false,
            null));
    return "Your summary is posted in the thread.";
  }

  /** Mass mentions in posted text would ping a whole channel in the bot's name. */
  static String defang(String text) {
    return MASS_MENTION.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) : "");
  }

  private static Optional<ThreadState> thread(Invocation call) {
    return call.handle()
        .attach(ThreadStore.class)
        .findThread(call.channelId(), call.root().value());
  }

  private static void save(Invocation call, ThreadState thread) {
    Directory directory = call.directory();
    call.handle()
        .attach(ThreadStore.class)
        .saveThread(
            call.workspaceId(),
            call.channelId(),
            directory.memberIdOrNull(call.workspaceId(), thread.author()),
            directory.memberIdOrNull(call.workspaceId(), thread.owner()),
            thread.status().key(),
            ThreadRow.of(thread));
  }
}
