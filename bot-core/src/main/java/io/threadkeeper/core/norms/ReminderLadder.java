package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Norm 2's ladder for an unanswered thread: a heads-up at the due-soon point, a reminder at due,
 * one escalation to the moderators a window later, each once and never more. Stateless and
 * thread-safe; which steps fired lives in {@link LadderState}.
 */
public final class ReminderLadder {

  /** The ladder after a tick, and the steps to send now, in order. */
  public record Climb(LadderState next, List<LadderStep> send) {
    public Climb {
      send = List.copyOf(send);
    }
  }

  /**
   * The steps due at {@code now}. A heads-up whose due time has passed too is skipped rather than
   * sent next to the reminder; an answered, resolved or stale thread climbs no further.
   */
  public Climb tick(ThreadState thread, ReplyPlan plan, LadderState state, Instant now) {
    if (!awaitsReply(thread)) {
      return new Climb(state, List.of());
    }
    LadderState next = state;
    List<LadderStep> send = new ArrayList<>();
    for (LadderStep step : LadderStep.values()) {
      Instant at = plan.at(step);
      if (at == null || next.hasFired(step) || now.isBefore(at)) {
        continue;
      }
      next = next.with(step);
      boolean overtaken = step == LadderStep.DUE_SOON && !now.isBefore(plan.dueAt());
      if (!overtaken) {
        send.add(step);
      }
    }
    return new Climb(next, send);
  }

  /** When the next step is due, if the thread still awaits a reply and a step is left. */
  public Optional<Instant> nextAt(ThreadState thread, ReplyPlan plan, LadderState state) {
    if (!awaitsReply(thread)) {
      return Optional.empty();
    }
    for (LadderStep step : LadderStep.values()) {
      if (plan.at(step) != null && !state.hasFired(step)) {
        return Optional.of(plan.at(step));
      }
    }
    return Optional.empty();
  }

  static boolean awaitsReply(ThreadState thread) {
    return thread.status() == ThreadStatus.OPEN || thread.status() == ThreadStatus.OVERDUE;
  }
}
