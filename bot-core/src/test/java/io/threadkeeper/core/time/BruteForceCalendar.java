package io.threadkeeper.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A slow and plain reading of the calendar contract for tests to compare against: every period of
 * every day in a span, sorted and merged, then walked. No week skipping, no search limit.
 */
final class BruteForceCalendar {
  private static final int SPAN_DAYS = 64;

  private final WorkingCalendar calendar;

  BruteForceCalendar(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  Instant due(Instant start, Duration window) {
    for (int span = SPAN_DAYS; ; span *= 2) {
      Instant due = dueWithin(start, window, span);
      if (due != null) {
        return due;
      }
    }
  }

  Duration workingTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (WorkingPeriod period : mergedPeriods(from, days(from, to) + 2)) {
      Instant start = period.start().isAfter(from) ? period.start() : from;
      Instant end = period.end().isBefore(to) ? period.end() : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  boolean isWorking(Instant at) {
    return mergedPeriods(at, 1).stream()
        .anyMatch(p -> !p.start().isAfter(at) && p.end().isAfter(at));
  }

  private Instant dueWithin(Instant start, Duration window, int span) {
    // Days past the span are not listed, so only an answer well inside it can be trusted.
    LocalDate first = LocalDate.ofInstant(start, calendar.zone()).minusDays(3);
    Instant trusted = local(first.plusDays(span), 0);
    Duration remaining = window;
    for (WorkingPeriod period : mergedPeriods(start, span)) {
      if (period.end().isAfter(start)) {
        Instant from = period.start().isAfter(start) ? period.start() : start;
        Duration available = Duration.between(from, period.end());
        if (available.compareTo(remaining) >= 0) {
          Instant due = from.plus(remaining);
          return due.isAfter(trusted) ? null : due;
        }
        remaining = remaining.minus(available);
      }
    }
    return null;
  }

  private List<WorkingPeriod> mergedPeriods(Instant from, long spanDays) {
    LocalDate first = LocalDate.ofInstant(from, calendar.zone()).minusDays(3);
    List<WorkingPeriod> periods = new ArrayList<>();
    for (LocalDate day = first; day.isBefore(first.plusDays(spanDays + 3)); day = day.plusDays(1)) {
      periods.addAll(periodsOn(day));
    }
    periods.sort(Comparator.comparing(WorkingPeriod::start));
    List<WorkingPeriod> merged = new ArrayList<>();
    for (WorkingPeriod period : periods) {
      int last = merged.size() - 1;
      if (last >= 0 && !period.start().isAfter(merged.get(last).end())) {
        Instant end = max(merged.get(last).end(), period.end());
        merged.set(last, new WorkingPeriod(merged.get(last).start(), end));
      } else {
        merged.add(period);
      }
    }
    return merged;
  }

  private List<WorkingPeriod> periodsOn(LocalDate day) {
    if (calendar.holidays().contains(day)) {
      return List.of();
    }
    List<WorkingPeriod> periods = new ArrayList<>();
    for (DailyRange range : calendar.hours().rangesOn(day.getDayOfWeek())) {
      Instant start = local(day, range.startMinute());
      Instant end = local(day, range.endMinute());
      if (end.isAfter(start)) {
        periods.add(new WorkingPeriod(start, end));
      }
    }
    return periods;
  }

  private Instant local(LocalDate day, int minute) {
    return ZonedDateTime.of(day.atStartOfDay().plusMinutes(minute), calendar.zone()).toInstant();
  }

  private static long days(Instant from, Instant to) {
    return Duration.between(from, to).toDays() + 1;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
