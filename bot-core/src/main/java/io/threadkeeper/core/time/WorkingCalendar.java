package io.threadkeeper.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business-time arithmetic: working hours in a time zone, minus holidays. Immutable and
 * thread-safe.
 *
 * <p>The clock runs only inside working time: the local wall-clock periods of {@link #hours()} in
 * {@link #zone()}, on days whose local date is not a holiday. A period that runs past midnight
 * belongs to the day it starts on. Time is real elapsed time, so a clock change inside a period
 * makes it longer or shorter; see {@link WorkingPeriods} for how local times in a gap or an overlap
 * are placed. Periods are half-open: an instant exactly at a period's end is outside it.
 *
 * <p>Searching for the next working time gives up after {@link #SEARCH_HORIZON} without any, with a
 * {@link NoWorkingTimeException}, so that a calendar made only of holidays cannot loop forever.
 */
public final class WorkingCalendar {
  /** How far {@link #due} looks ahead for the next working time before giving up. */
  public static final Duration SEARCH_HORIZON = Duration.ofDays(2 * 366);

  private final ZoneId zone;
  private final WorkingHours hours;
  private final NavigableSet<LocalDate> holidays;
  private final WorkingPeriods periods;
  private final SteadyWeeks steadyWeeks;

  public WorkingCalendar(ZoneId zone, WorkingHours hours, Set<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.hours = Objects.requireNonNull(hours, "hours");
    this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
    this.periods = new WorkingPeriods(zone, hours, this.holidays);
    this.steadyWeeks = new SteadyWeeks(zone, this.holidays);
  }

  /** {@link WorkingHours#DEFAULT} hours in {@code zone}, without holidays. */
  public static WorkingCalendar standard(ZoneId zone) {
    return new WorkingCalendar(zone, WorkingHours.DEFAULT, Set.of());
  }

  /**
   * The instant at which {@code window} of working time, counted from {@code start}, is used up.
   *
   * <p>A window used up exactly at a period's end is due at that end; a zero window gives the first
   * working instant at or after {@code start}. For {@code b > 0}, {@code due(s, a + b)} equals
   * {@code due(due(s, a), b)}; for {@code b = 0} it may not, as {@code due(s, a)} can be a period's
   * end, which is not working time.
   *
   * @throws IllegalArgumentException if {@code window} is negative
   * @throws NoWorkingTimeException if a search for working time finds none within the horizon
   * @throws java.time.DateTimeException if the due instant lies beyond what {@link Instant} holds
   */
  public Instant due(Instant start, Duration window) {
    Objects.requireNonNull(start, "start");
    if (window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative, got " + window);
    }
    Instant at = start;
    Duration remaining = window;
    while (true) {
      // Skip whole weeks only while more than one remains, so the walk below finds the end.
      long weeks = steadyWeeks.from(at, remaining.minusNanos(1).dividedBy(hours.perWeek()));
      at = at.plus(SteadyWeeks.WEEK.multipliedBy(weeks));
      remaining = remaining.minus(hours.perWeek().multipliedBy(weeks));
      WorkingPeriod period = periodAtOrAfter(at);
      Instant from = later(at, period.start());
      Duration available = Duration.between(from, period.end());
      if (available.compareTo(remaining) >= 0) {
        return from.plus(remaining);
      }
      remaining = remaining.minus(available);
      at = period.end();
    }
  }

  /** The first working instant at or after {@code at}; {@code due(at, PT0S)}. */
  public Instant nextWorkingInstant(Instant at) {
    return due(at, Duration.ZERO);
  }

  /** Whether {@code at} lies inside working time. */
  public boolean isWorking(Instant at) {
    return periods.firstEndingAfter(at, at.plusNanos(1)).isPresent();
  }

  /**
   * Working time between two instants; negative, like {@link Duration#between}, when {@code to} is
   * before {@code from}. Never searches beyond {@code to}, so it needs no horizon.
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return workingTimeBetween(to, from).negated();
    }
    Duration total = Duration.ZERO;
    Instant at = from;
    while (at.isBefore(to)) {
      long weeks = steadyWeeks.from(at, Duration.between(at, to).dividedBy(SteadyWeeks.WEEK));
      total = total.plus(hours.perWeek().multipliedBy(weeks));
      at = at.plus(SteadyWeeks.WEEK.multipliedBy(weeks));
      Optional<WorkingPeriod> next = periods.firstEndingAfter(at, to);
      if (next.isEmpty()) {
        return total;
      }
      WorkingPeriod period = next.get();
      total = total.plus(Duration.between(later(at, period.start()), earlier(period.end(), to)));
      at = period.end();
    }
    return total;
  }

  /**
   * Working time inside {@code [from, to)} as disjoint periods in time order, cut at {@code from}
   * and {@code to}: periods of neighbouring days that overlap or touch are joined, so an instant is
   * {@linkplain #isWorking working} exactly when one of them holds it.
   */
  public List<WorkingPeriod> periodsBetween(Instant from, Instant to) {
    List<WorkingPeriod> joined = new ArrayList<>();
    Instant at = from;
    while (at.isBefore(to)) {
      Optional<WorkingPeriod> next = periods.firstEndingAfter(at, to);
      if (next.isEmpty()) {
        break;
      }
      WorkingPeriod piece =
          new WorkingPeriod(later(at, next.get().start()), earlier(next.get().end(), to));
      int last = joined.size() - 1;
      if (last >= 0 && !joined.get(last).end().isBefore(piece.start())) {
        joined.set(
            last,
            new WorkingPeriod(
                joined.get(last).start(), later(joined.get(last).end(), piece.end())));
      } else {
        joined.add(piece);
      }
      at = next.get().end();
    }
    return List.copyOf(joined);
  }

  private WorkingPeriod periodAtOrAfter(Instant at) {
    return periods
        .firstEndingAfter(at, at.plus(SEARCH_HORIZON))
        .orElseThrow(() -> new NoWorkingTimeException(at, zone, SEARCH_HORIZON));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  public ZoneId zone() {
    return zone;
  }

  public WorkingHours hours() {
    return hours;
  }

  /** The holidays, by local date, in order. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingCalendar calendar
        && zone.equals(calendar.zone)
        && hours.equals(calendar.hours)
        && holidays.equals(calendar.holidays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, hours, holidays);
  }

  @Override
  public String toString() {
    return "WorkingCalendar[" + zone + ", " + hours + ", " + holidays.size() + " holidays]";
  }
}
