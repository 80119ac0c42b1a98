package io.threadkeeper.core.norms;

import io.threadkeeper.core.time.WorkingCalendar;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A thread quiet for N working days of its owner's calendar gets its owner warned; quiet for M
 * more, it is marked stale (archiving is a dry run unless the channel says otherwise). New activity
 * voids the warning. Stateless and thread-safe.
 */
public final class StaleRule {
  public static final String WARNING_ID = "stale-warning";
  public static final String SET_ASIDE_ID = "stale-set-aside";

  /** What the rule does now. */
  public enum Step {
    WARN,
    SET_ASIDE
  }

  /** When a thread last active at {@code lastActivity} is warned about and set aside. */
  public record Timing(Instant warnAt, Instant setAsideAt) {}

  public Timing timing(Instant lastActivity, ChannelPolicy policy, WorkingCalendar calendar) {
    Instant warnAt = workingDaysAfter(lastActivity, policy.staleAfterWorkingDays(), calendar);
    return new Timing(warnAt, workingDaysAfter(warnAt, policy.archiveAfterWorkingDays(), calendar));
  }

  /** The step due at {@code now}, if any. */
  public Optional<Step> check(ThreadState thread, ThreadNorms norms, Timing timing, Instant now) {
    if (!applies(thread, norms)) {
      return Optional.empty();
    }
    boolean warned = thread.lastActivityAt().equals(norms.staleWarnedFor());
    if (!warned && !now.isBefore(timing.warnAt())) {
      return Optional.of(Step.WARN);
    }
    if (warned && !now.isBefore(timing.setAsideAt())) {
      return Optional.of(Step.SET_ASIDE);
    }
    return Optional.empty();
  }

  /** When the rule next has something to do, if anything. */
  public Optional<Instant> nextAt(ThreadState thread, ThreadNorms norms, Timing timing) {
    if (!applies(thread, norms)) {
      return Optional.empty();
    }
    boolean warned = thread.lastActivityAt().equals(norms.staleWarnedFor());
    return Optional.of(warned ? timing.setAsideAt() : timing.warnAt());
  }

  private static boolean applies(ThreadState thread, ThreadNorms norms) {
    return thread.owner() != null
        && thread.status() != ThreadStatus.RESOLVED
        && thread.status() != ThreadStatus.STALE
        && !thread.lastActivityAt().equals(norms.setAsideFor());
  }

  /**
   * The first working instant of the {@code days}-th working day after the day of {@code from}: a
   * working day is a local date with any working time.
   */
  static Instant workingDaysAfter(Instant from, int days, WorkingCalendar calendar) {
    Instant at = from;
    for (int i = 0; i < days; i++) {
      LocalDate today = at.atZone(calendar.zone()).toLocalDate();
      at = calendar.nextWorkingInstant(today.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }
    return at;
  }
}
