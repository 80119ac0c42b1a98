package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a thread's norms in step with what the tracker says after an event: plans a new thread,
 * replans for a new owner, and prompts for a summary at a threshold or at resolution.
 */
final class ThreadFollower {
  private final ReplyWindowRule replyWindow = new ReplyWindowRule();
  private final SummaryPromptRule summaryRule = new SummaryPromptRule();

  void follow(Instant at, NormsContext context, DecisionDraft draft) {
    ThreadState thread = context.thread();
    ChannelContext channel = context.channel();
    if (draft.norms() == null) {
      draft.norms(ThreadNorms.planned(null));
      if (thread.dueAt() != null && thread.owner() != null) {
        planDueAt(thread, channel, draft);
      } else {
        replan(thread.owner(), thread.openedAt(), channel, draft);
      }
    } else if (ownerChanged(thread, draft.norms())) {
      replan(thread.owner(), at, channel, draft);
    }
    prompt(at, thread, channel, draft);
  }

  private static boolean ownerChanged(ThreadState thread, ThreadNorms norms) {
    return thread.owner() != null
        && (norms.plan() == null || !norms.plan().owner().equals(thread.owner()));
  }

  /**
   * A thread tracked with a due time (an {@code /async ask} posted as a new message) keeps it: the
   * asker set it, in the asker's zone, instead of the channel's window.
   */
  private void planDueAt(ThreadState thread, ChannelContext channel, DecisionDraft draft) {
    MemberId asker = thread.author() != null ? thread.author() : thread.owner();
    ReplyPlan plan =
        replyWindow
            .planExplicit(
                thread.owner(),
                thread.openedAt(),
                thread.dueAt(),
                channel.schedules().zoneOf(asker),
                channel.policy(),
                channel.calendarOf(thread.owner()))
            .plan();
    draft.norms(draft.norms().withPlan(plan));
  }

  private void replan(MemberId owner, Instant start, ChannelContext channel, DecisionDraft draft) {
    if (owner == null) {
      return;
    }
    ReplyPlan previous = draft.norms().plan();
    ReplyPlan plan;
    if (previous != null && previous.explicit()) {
      // An explicit due date is the asker's, not the owner's: a new owner inherits it.
      plan =
          replyWindow
              .planExplicit(
                  owner,
                  start,
                  previous.dueAt(),
                  channel.schedules().zoneOf(owner),
                  channel.policy(),
                  channel.calendarOf(owner))
              .plan();
    } else {
      plan = replyWindow.plan(owner, start, channel.policy(), channel.calendarOf(owner));
    }
    draft.norms(draft.norms().withPlan(plan));
  }

  private void prompt(Instant at, ThreadState thread, ChannelContext channel, DecisionDraft draft) {
    ThreadNorms norms = draft.norms();
    Optional<SummaryPromptRule.Due> due = summaryRule.check(thread, norms, channel.policy());
    due.ifPresent(d -> draft.add(summaryPrompt(at, thread, channel, d)));
    if (due.isPresent() && due.get().occasion() == SummaryPrompt.Occasion.THRESHOLD) {
      norms = norms.withSummaryPrompted();
    }
    if (thread.status() == ThreadStatus.RESOLVED && !norms.resolutionHandled()) {
      norms = norms.withResolutionHandled();
    }
    draft.norms(norms);
  }

  private static SummaryPrompt summaryPrompt(
      Instant at, ThreadState thread, ChannelContext channel, SummaryPromptRule.Due due) {
    boolean resolution = due.occasion() == SummaryPrompt.Occasion.RESOLUTION;
    String sentence =
        resolution
            ? "This thread was resolved without a summary; please post one (decision, next steps,"
                + " owner, due date) so that people who were not there can catch up."
            : "This thread has grown long ("
                + due.trigger()
                + "); please post a summary: decision, next steps, owner, due date.";
    Explanation why =
        new Explanation(
            resolution ? SummaryPromptRule.RESOLUTION_ID : SummaryPromptRule.THRESHOLD_ID,
            due.trigger(),
            summaryPolicy(channel.policy()),
            sentence);
    Envelope envelope = channel.envelope(thread.root(), Recipient.member(thread.owner()), at, why);
    return new SummaryPrompt(envelope, due.occasion(), "");
  }

  private static String summaryPolicy(ChannelPolicy policy) {
    return "summary after "
        + policy.summaryReplyThreshold()
        + " replies, "
        + policy.summaryParticipantThreshold()
        + " participants or "
        + policy.summaryAge().toDays()
        + " days of activity";
  }
}
