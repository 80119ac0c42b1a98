package io.threadkeeper.core.report;

import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The business-hours side of the report: deadlines, time to first reply and overdue threads in the
 * workspace's working calendar. Immutable and thread-safe.
 */
public final class ReplyClock {
  private final WorkingCalendar calendar;

  public ReplyClock(WorkingCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The explicit due date, else the end of the reply window counted in working time. */
  public Instant deadline(ThreadTimes thread) {
    return thread.dueAt() != null
        ? thread.dueAt()
        : calendar.due(thread.openedAt(), thread.replyWindow());
  }

  /** Whether the first reply came at or before the deadline. */
  public boolean answeredInWindow(ThreadTimes thread) {
    return thread.firstReplyAt() != null && !thread.firstReplyAt().isAfter(deadline(thread));
  }

  /** Working time from the root to the first reply; only for answered threads. */
  public Duration firstReply(ThreadTimes thread) {
    return calendar.workingTimeBetween(thread.openedAt(), thread.firstReplyAt());
  }

  /** Whether, at {@code end}, the thread had no reply, was not resolved and was past due. */
  public boolean overdueAt(ThreadTimes thread, Instant end) {
    return overdueAt(thread, end, () -> deadline(thread));
  }

  /** {@link #overdueAt(ThreadTimes, Instant)} with the deadline asked for only when it matters. */
  static boolean overdueAt(ThreadTimes thread, Instant end, Supplier<Instant> deadline) {
    return thread.openedAt().isBefore(end)
        && !thread.rootDeleted()
        && missingAt(thread.firstReplyAt(), end)
        && missingAt(thread.resolvedAt(), end)
        && deadline.get().isBefore(end);
  }

  /** Whether {@code at} is outside working time. */
  public boolean afterHours(Instant at) {
    return !calendar.isWorking(at);
  }

  /**
   * The {@code fraction} percentile of sorted durations, interpolated like PostgreSQL's {@code
   * percentile_cont}; {@code null} for none.
   */
  public static Duration percentile(List<Duration> sorted, double fraction) {
    if (sorted.isEmpty()) {
      return null;
    }
    double position = fraction * (sorted.size() - 1);
    int lower = (int) Math.floor(position);
    int upper = (int) Math.ceil(position);
    long low = sorted.get(lower).toSeconds();
    long high = sorted.get(upper).toSeconds();
    return Duration.ofSeconds(Math.round(low + (high - low) * (position - lower)));
  }

  private static boolean missingAt(Instant at, Instant end) {
    // Still missing at the end: never happened, or happened only afterwards.
    return at == null || !at.isBefore(end);
  }
}
