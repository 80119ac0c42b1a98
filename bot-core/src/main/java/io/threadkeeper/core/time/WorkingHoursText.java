package io.threadkeeper.core.time;

import static io.threadkeeper.core.time.DailyRange.MINUTES_PER_DAY;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes working hours in their canonical form: days with equal ranges grouped, groups in weekday
 * order, ranges merged. Stateless and thread-safe.
 */
final class WorkingHoursText {
  private WorkingHoursText() {}

  static String format(Map<DayOfWeek, List<DailyRange>> byDay) {
    Map<List<DailyRange>, Set<DayOfWeek>> groups = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<DailyRange> ranges = byDay.getOrDefault(day, List.of());
      if (!ranges.isEmpty()) {
        groups.computeIfAbsent(ranges, r -> EnumSet.noneOf(DayOfWeek.class)).add(day);
      }
    }
    return groups.entrySet().stream()
        .map(group -> days(group.getValue()) + " " + ranges(group.getKey()))
        .collect(Collectors.joining("; "));
  }

  private static String days(Set<DayOfWeek> days) {
    if (days.size() == DayOfWeek.values().length) {
      return "Mon-Sun";
    }
    // Start after a gap so that a run across the weekend reads as one, e.g. "Sun-Thu".
    DayOfWeek day = DayOfWeek.MONDAY;
    while (!days.contains(day) || days.contains(day.minus(1))) {
      day = day.plus(1);
    }
    List<String> runs = new ArrayList<>();
    for (int seen = 0; seen < 7; ) {
      int length = 0;
      while (seen + length < 7 && days.contains(day.plus(length))) {
        length++;
      }
      if (length > 0) {
        runs.add(run(day, length));
      }
      int step = Math.max(length, 1);
      seen += step;
      day = day.plus(step);
    }
    return String.join(",", runs);
  }

  private static String run(DayOfWeek first, int length) {
    String start = WorkingHoursGrammar.abbreviation(first);
    String end = WorkingHoursGrammar.abbreviation(first.plus(length - 1L));
    return switch (length) {
      case 1 -> start;
      case 2 -> start + "," + end;
      default -> start + "-" + end;
    };
  }

  private static String ranges(List<DailyRange> ranges) {
    List<String> texts = new ArrayList<>();
    for (DailyRange range : ranges) {
      int start = range.startMinute();
      int end = range.endMinute();
      if (end - start <= MINUTES_PER_DAY) {
        texts.add(range(start, end));
      } else {
        // Longer than a day: two overlapping 24-hour ranges that merge back into this one.
        texts.add(range(start, start + MINUTES_PER_DAY));
        texts.add(range(end - MINUTES_PER_DAY, end));
      }
    }
    return String.join(",", texts);
  }

  private static String range(int start, int end) {
    String endText = end == MINUTES_PER_DAY ? "24:00" : time(end % MINUTES_PER_DAY);
    return time(start) + "-" + endText;
  }

  private static String time(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }
}
