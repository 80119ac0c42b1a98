package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.time.ZoneId;

/** Turns a ladder step into the effect it sends, with its explanation. */
final class LadderEffects {
  private LadderEffects() {}

  static Effect of(LadderStep step, Instant now, ThreadContext context, ThreadNorms norms) {
    ThreadState thread = context.thread();
    ChannelContext channel = context.channel();
    ReplyPlan plan = norms.plan();
    ZoneId ownerZone = channel.schedules().zoneOf(plan.owner());
    String due = Wording.at(plan.dueAt(), ownerZone);
    String policy = channel.policy().describe() + (plan.explicit() ? "; explicit due date" : "");
    String snoozed =
        norms.snooze() == null
            ? ""
            : " It was snoozed until "
                + Wording.at(norms.snooze().until(), ownerZone)
                + ": "
                + norms.snooze().reason()
                + ".";
    Recipient owner = Recipient.member(plan.owner());
    switch (step) {
      case DUE_SOON:
        Explanation soon =
            new Explanation(
                step.ruleId(),
                Math.round(channel.policy().dueSoonFraction() * 100) + "% of the window used",
                policy,
                "Your thread has no reply yet and is due " + due + "." + snoozed);
        return new DueSoonWarning(channel.envelope(thread.root(), owner, now, soon), plan.dueAt());
      case REMINDER:
        Explanation reminder =
            new Explanation(
                step.ruleId(),
                "no reply by " + due,
                policy,
                "Your thread was due "
                    + due
                    + " and nobody has replied: answer it, hand it over or snooze it."
                    + snoozed);
        return new Reminder(channel.envelope(thread.root(), owner, now, reminder), plan.dueAt());
      default:
        Explanation escalation =
            new Explanation(
                step.ruleId(),
                "no reply one window after " + due,
                policy,
                "A thread owned by "
                    + plan.owner()
                    + " is still unanswered one reply window after it was due ("
                    + due
                    + ")."
                    + snoozed);
        Envelope envelope =
            channel.envelope(thread.root(), Recipient.moderators(), now, escalation);
        return new Escalation(envelope, plan.owner(), plan.dueAt());
    }
  }
}
