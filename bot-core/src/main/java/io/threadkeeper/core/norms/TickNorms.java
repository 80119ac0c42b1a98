package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs the time-driven norms of one thread: the reminder ladder and the stale rule. */
final class TickNorms {
  private final ReminderLadder ladder = new ReminderLadder();
  private final ReminderBudget budget = new ReminderBudget();
  private final StaleRule staleRule = new StaleRule();

  void tick(Instant now, ThreadContext context, DecisionDraft draft) {
    climb(now, context, draft);
    stale(now, context, draft);
  }

  /** The earliest instant at which a tick has something to do for the thread. */
  Optional<Instant> nextCheckAt(ThreadState thread, ThreadNorms norms, ChannelContext channel) {
    Optional<Instant> ladderAt =
        norms.plan() == null
            ? Optional.empty()
            : ladder.nextAt(thread, norms.plan(), norms.ladder());
    Optional<Instant> staleAt =
        thread.owner() == null
            ? Optional.empty()
            : staleRule.nextAt(thread, norms, staleTiming(thread, channel));
    return Stream.of(ladderAt, staleAt).flatMap(Optional::stream).min(Instant::compareTo);
  }

  private void climb(Instant now, ThreadContext context, DecisionDraft draft) {
    ThreadNorms norms = draft.norms();
    ReplyPlan plan = norms.plan();
    if (plan == null) {
      return;
    }
    ReminderLadder.Climb climb = ladder.tick(context.thread(), plan, norms.ladder(), now);
    draft.norms(norms.withLadder(climb.next()));
    ReminderTally tally = context.ownerReminders();
    for (LadderStep step : climb.send()) {
      Effect effect = LadderEffects.of(step, now, context, norms);
      if (step == LadderStep.ESCALATION) {
        draft.add(effect);
        continue;
      }
      ZoneId zone = context.channel().schedules().zoneOf(plan.owner());
      int perWeek = context.channel().policy().remindersPerPersonPerWeek();
      ReminderBudget.Spent spent = budget.spend(effect, tally, zone, now, perWeek);
      tally = spent.tally();
      draft.add(spent.effect());
      draft.ownerReminders(tally);
      if (step == LadderStep.REMINDER) {
        draft.status(ThreadStatus.OVERDUE);
      }
    }
  }

  private void stale(Instant now, ThreadContext context, DecisionDraft draft) {
    ThreadState thread = context.thread();
    if (thread.owner() == null) {
      return;
    }
    ChannelContext channel = context.channel();
    StaleRule.Timing timing = staleTiming(thread, channel);
    Optional<StaleRule.Step> step = staleRule.check(thread, draft.norms(), timing, now);
    if (step.isEmpty()) {
      return;
    }
    Instant activity = thread.lastActivityAt();
    if (step.get() == StaleRule.Step.WARN) {
      draft.add(StaleEffects.warning(now, thread, channel, timing));
      draft.norms(draft.norms().withStaleWarning(activity));
    } else {
      draft.add(StaleEffects.setAside(now, thread, channel));
      draft.norms(draft.norms().withSetAside(activity));
      draft.status(ThreadStatus.STALE);
    }
  }

  private StaleRule.Timing staleTiming(ThreadState thread, ChannelContext channel) {
    return staleRule.timing(
        thread.lastActivityAt(), channel.policy(), channel.calendarOf(thread.owner()));
  }
}
