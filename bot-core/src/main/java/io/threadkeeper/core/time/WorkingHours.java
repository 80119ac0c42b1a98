package io.threadkeeper.core.time;

import static io.threadkeeper.core.time.DailyRange.MINUTES_PER_DAY;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weekly pattern of working time in local wall-clock time, such as {@code Mon-Fri 09:00-17:00}.
 * Immutable and thread-safe.
 *
 * <p>Grammar: groups separated by {@code ;}, each {@code DAYS RANGES}. DAYS is a day ({@code Mon}),
 * a list ({@code Mon,Wed,Fri}), a span ({@code Mon-Fri}, which may wrap: {@code Sun-Thu}) or a list
 * of those. RANGES is {@code HH:MM-HH:MM[,HH:MM-HH:MM…]}; {@code 24:00} may end a range; a range
 * whose end is not after its start runs past midnight and belongs to the day it starts on ({@code
 * 09:00-09:00} is 24 hours). A day named in several groups works in all of their ranges, and
 * overlapping or touching ranges of one day merge. Day names ignore case.
 */
public final class WorkingHours {
  /** {@code Mon-Fri 09:00-17:00}, the working hours of a workspace that set none. */
  public static final WorkingHours DEFAULT = parse("Mon-Fri 09:00-17:00");

  private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

  private final Map<DayOfWeek, List<DailyRange>> byDay;
  private final Duration perWeek;

  private WorkingHours(Map<DayOfWeek, List<DailyRange>> ranges) {
    Map<DayOfWeek, List<DailyRange>> merged = new EnumMap<>(DayOfWeek.class);
    ranges.forEach((day, dayRanges) -> merged.put(day, merge(dayRanges)));
    this.byDay = merged;
    this.perWeek = measureWeek(merged);
  }

  /**
   * Reads working hours from their text form.
   *
   * @throws WorkingHoursFormatException naming what is wrong and showing the expected form
   */
  public static WorkingHours parse(String text) {
    return new WorkingHours(WorkingHoursGrammar.parse(text));
  }

  /** Working time in a week with no holiday and no clock change; overlaps are counted once. */
  public Duration perWeek() {
    return perWeek;
  }

  /** The merged ranges that start on {@code day}, in order; empty on a day off. */
  List<DailyRange> rangesOn(DayOfWeek day) {
    return byDay.getOrDefault(day, List.of());
  }

  private static List<DailyRange> merge(List<DailyRange> ranges) {
    List<DailyRange> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(DailyRange::startMinute));
    List<DailyRange> merged = new ArrayList<>();
    for (DailyRange range : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && merged.get(last).reaches(range)) {
        merged.set(last, merged.get(last).joinedWith(range));
      } else {
        merged.add(range);
      }
    }
    return List.copyOf(merged);
  }

  private static Duration measureWeek(Map<DayOfWeek, List<DailyRange>> byDay) {
    // One bit per minute of the week, so that an overnight range overlapping the next day's counts
    // once and Sunday night wraps into Monday.
    BitSet week = new BitSet(MINUTES_PER_WEEK);
    byDay.forEach(
        (day, ranges) -> {
          int dayStart = (day.getValue() - 1) * MINUTES_PER_DAY;
          for (DailyRange range : ranges) {
            int from = dayStart + range.startMinute();
            int to = dayStart + range.endMinute();
            week.set(from, Math.min(to, MINUTES_PER_WEEK));
            week.set(0, Math.max(to - MINUTES_PER_WEEK, 0));
          }
        });
    return Duration.ofMinutes(week.cardinality());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingHours hours && byDay.equals(hours.byDay);
  }

  @Override
  public int hashCode() {
    return byDay.hashCode();
  }

  /** The canonical text form, which {@link #parse} reads back to equal hours. */
  @Override
  public String toString() {
    return WorkingHoursText.format(byDay);
  }
}
