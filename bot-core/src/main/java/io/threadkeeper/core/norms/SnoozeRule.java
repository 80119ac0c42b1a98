package io.threadkeeper.core.norms;

import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Instant;

/**
 * A snooze, which always has a reason, puts a thread's ladder off: nothing fires before it ends,
 * the reminder comes at the first working instant after it at the earliest, and the escalation a
 * window later. Stateless and thread-safe.
 */
public final class SnoozeRule {
  public static final String RULE_ID = "snooze";

  /** The thread's norms after {@code snooze}; unchanged for a thread without a plan. */
  public ThreadNorms snooze(
      ThreadNorms norms, Snooze snooze, ChannelPolicy policy, WorkingCalendar ownerCalendar) {
    ReplyPlan plan = norms.plan();
    if (plan == null) {
      return norms;
    }
    Instant wakeAt = ownerCalendar.nextWorkingInstant(snooze.until());
    Instant dueAt = plan.dueAt().isAfter(wakeAt) ? plan.dueAt() : wakeAt;
    Instant dueSoonAt =
        plan.dueSoonAt() != null
                && plan.dueSoonAt().isAfter(snooze.until())
                && plan.dueSoonAt().isBefore(dueAt)
            ? plan.dueSoonAt()
            : null;
    ReplyPlan postponed =
        new ReplyPlan(
            plan.owner(),
            plan.startedAt(),
            dueSoonAt,
            dueAt,
            ownerCalendar.due(dueAt, policy.replyWindow()),
            plan.explicit());
    // Moderators hear about a thread once, snoozed or not: an escalation already sent stays sent.
    LadderState ladder =
        norms.ladder().hasFired(LadderStep.ESCALATION)
            ? LadderState.NONE.with(LadderStep.ESCALATION)
            : LadderState.NONE;
    return norms.snoozed(postponed, ladder, snooze);
  }
}
