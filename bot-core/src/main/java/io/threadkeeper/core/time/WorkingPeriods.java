package io.threadkeeper.core.time;

import static io.threadkeeper.core.time.DailyRange.MINUTES_PER_DAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the local ranges of each working day into periods on the time line. Immutable and
 * thread-safe.
 *
 * <p>Local times become instants by {@link ZonedDateTime#of} rules, for starts and ends alike: a
 * time in a spring-forward gap moves forward by the length of the gap, and a time that occurs twice
 * in an autumn overlap takes the earlier offset, i.e. the first time the wall clock shows it. A
 * range that collapses this way (it lies inside a gap) has no working time.
 */
final class WorkingPeriods {
  // A period of day D ends before the local midnight that ends D+1, which a spring-forward gap can
  // push one more day on; so periods that reach an instant start no more than two days before it.
  private static final int DAYS_REACHING_BACK = 2;

  private final ZoneId zone;
  private final WorkingHours hours;
  private final Set<LocalDate> holidays;

  WorkingPeriods(ZoneId zone, WorkingHours hours, Set<LocalDate> holidays) {
    this.zone = zone;
    this.hours = hours;
    this.holidays = holidays;
  }

  /** The periods that start on local date {@code day}, none on a holiday. */
  List<WorkingPeriod> on(LocalDate day) {
    List<DailyRange> ranges = hours.rangesOn(day.getDayOfWeek());
    if (ranges.isEmpty() || holidays.contains(day)) {
      return List.of();
    }
    List<WorkingPeriod> periods = new ArrayList<>(ranges.size());
    for (DailyRange range : ranges) {
      Instant start = instant(day, range.startMinute());
      Instant end = instant(day, range.endMinute());
      if (end.isAfter(start)) {
        periods.add(new WorkingPeriod(start, end));
      }
    }
    return periods;
  }

  /**
   * The period that contains {@code at} or, if none does, the first one after it; only periods that
   * start before {@code limit} count. Periods of neighbouring days may overlap, so the one returned
   * may end before working time does.
   */
  Optional<WorkingPeriod> firstEndingAfter(Instant at, Instant limit) {
    WorkingPeriod first = null;
    for (LocalDate day = localDate(at).minusDays(DAYS_REACHING_BACK); ; day = day.plusDays(1)) {
      // Every period of a day starts at or after that day's midnight, so later days cannot win.
      Instant midnight = instant(day, 0);
      if (!midnight.isBefore(limit) || first != null && !midnight.isBefore(first.start())) {
        return Optional.ofNullable(first);
      }
      for (WorkingPeriod period : on(day)) {
        boolean counts = period.end().isAfter(at) && period.start().isBefore(limit);
        if (counts && (first == null || period.start().isBefore(first.start()))) {
          first = period;
        }
      }
    }
  }

  private LocalDate localDate(Instant at) {
    return LocalDate.ofInstant(at, zone);
  }

  private Instant instant(LocalDate day, int minute) {
    LocalDate date = day.plusDays(minute / MINUTES_PER_DAY);
    int minuteOfDay = minute % MINUTES_PER_DAY;
    LocalTime time = LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    return ZonedDateTime.of(date, time, zone).toInstant();
  }
}
