package io.threadkeeper.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.NavigableSet;

/**
 * Counts the whole weeks ahead of an instant in which a calendar follows its plain weekly pattern,
 * with no holiday and no clock change near them, so that each holds exactly {@link
 * WorkingHours#perWeek()} of working time and can be skipped in one step. Immutable and
 * thread-safe.
 */
final class SteadyWeeks {
  static final Duration WEEK = Duration.ofDays(7);

  // Periods touching a week start at most a day before it and end at most two days after it;
  // three days of margin on each side keep clear of them.
  private static final int MARGIN_DAYS = 3;
  // Bounds one jump so that multiplying by it never overflows; reaching further takes more jumps.
  private static final long MAX_WEEKS = 1L << 20;

  private final ZoneId zone;
  private final NavigableSet<LocalDate> holidays;

  SteadyWeeks(ZoneId zone, NavigableSet<LocalDate> holidays) {
    this.zone = zone;
    this.holidays = holidays;
  }

  /** How many whole weeks from {@code at} are steady; at most {@code wanted}. */
  long from(Instant at, long wanted) {
    if (wanted <= 0) {
      return 0;
    }
    return Math.min(
        Math.min(wanted, MAX_WEEKS), Math.min(beforeHoliday(at), beforeClockChange(at)));
  }

  private long beforeHoliday(Instant at) {
    LocalDate today = LocalDate.ofInstant(at, zone);
    LocalDate holiday = holidays.ceiling(today.minusDays(MARGIN_DAYS));
    if (holiday == null) {
      return MAX_WEEKS;
    }
    long clearDays = ChronoUnit.DAYS.between(today, holiday) - MARGIN_DAYS;
    return Math.max(0, Math.floorDiv(clearDays - 1, 7));
  }

  private long beforeClockChange(Instant at) {
    ZoneOffsetTransition change =
        zone.getRules().nextTransition(at.minus(Duration.ofDays(MARGIN_DAYS)));
    if (change == null) {
      return MAX_WEEKS;
    }
    Duration clear = Duration.between(at, change.getInstant()).minusDays(MARGIN_DAYS);
    return clear.isNegative() || clear.isZero() ? 0 : clear.minusNanos(1).dividedBy(WEEK);
  }
}
