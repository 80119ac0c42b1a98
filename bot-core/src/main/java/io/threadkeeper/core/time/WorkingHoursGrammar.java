package io.threadkeeper.core.time;

import static io.threadkeeper.core.time.DailyRange.MINUTES_PER_DAY;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads working hours text ({@code DAYS RANGES[; DAYS RANGES…]}) into ranges per weekday. Stateless
 * and thread-safe.
 */
final class WorkingHoursGrammar {
  private static final Pattern SPACE_AROUND_SEPARATORS = Pattern.compile("\\s*([-,])\\s*");
  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final String DAY_NAMES = "Mon, Tue, Wed, Thu, Fri, Sat or Sun";

  private final String input;

  private WorkingHoursGrammar(String input) {
    this.input = input;
  }

  static Map<DayOfWeek, List<DailyRange>> parse(String text) {
    if (text == null || text.isBlank()) {
      throw new WorkingHoursFormatException(String.valueOf(text), "it is empty");
    }
    WorkingHoursGrammar grammar = new WorkingHoursGrammar(text);
    Map<DayOfWeek, List<DailyRange>> ranges = new EnumMap<>(DayOfWeek.class);
    for (String group : text.split(";", -1)) {
      grammar.parseGroup(group, ranges);
    }
    return ranges;
  }

  private void parseGroup(String group, Map<DayOfWeek, List<DailyRange>> ranges) {
    String compact = SPACE_AROUND_SEPARATORS.matcher(group.strip()).replaceAll("$1");
    if (compact.isEmpty()) {
      throw fault("a group between ';' separators is empty");
    }
    String[] parts = compact.split("\\s+");
    if (parts.length == 1) {
      throw fault("group \"" + compact + "\" needs days followed by time ranges");
    }
    if (parts.length > 2) {
      throw fault(
          "group \"" + compact + "\" has more than days and ranges; separate groups with ';'");
    }
    Set<DayOfWeek> days = days(parts[0]);
    List<DailyRange> dayRanges = ranges(parts[1]);
    for (DayOfWeek day : days) {
      ranges.computeIfAbsent(day, d -> new ArrayList<>()).addAll(dayRanges);
    }
  }

  private Set<DayOfWeek> days(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String item : text.split(",", -1)) {
      String[] ends = item.split("-", -1);
      if (ends.length > 2 || List.of(ends).contains("")) {
        throw fault(
            "\"" + text + "\" is not a list of days such as \"Mon-Fri\" or \"Mon,Wed,Fri\"");
      }
      DayOfWeek first = day(ends[0]);
      DayOfWeek last = day(ends[ends.length - 1]);
      // Ranges may wrap past Sunday, so that "Sun-Thu" means Sunday to Thursday.
      for (DayOfWeek day = first; ; day = day.plus(1)) {
        days.add(day);
        if (day == last) {
          break;
        }
      }
    }
    return days;
  }

  private DayOfWeek day(String name) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (abbreviation(day).equalsIgnoreCase(name)) {
        return day;
      }
    }
    throw fault("unknown day \"" + name + "\" (use " + DAY_NAMES + ")");
  }

  private List<DailyRange> ranges(String text) {
    List<DailyRange> ranges = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String[] ends = item.split("-", -1);
      if (ends.length != 2) {
        throw fault("\"" + item + "\" is not a time range such as \"09:00-17:00\"");
      }
      int start = minuteOfDay(ends[0], false);
      int end = minuteOfDay(ends[1], true);
      // An end that is not after the start runs past midnight into the next day.
      ranges.add(new DailyRange(start, end > start ? end : end + MINUTES_PER_DAY));
    }
    return ranges;
  }

  private int minuteOfDay(String text, boolean isEnd) {
    Matcher matcher = TIME.matcher(text);
    if (!matcher.matches()) {
      throw fault("\"" + text + "\" is not a time such as \"09:00\"");
    }
    int hour = Integer.parseInt(matcher.group(1));
    int minute = Integer.parseInt(matcher.group(2));
    if (hour == 24 && minute == 0) {
      if (!isEnd) {
        throw fault("24:00 may only end a range, not start one");
      }
      return MINUTES_PER_DAY;
    }
    if (hour > 23 || minute > 59) {
      throw fault("\"" + text + "\" is not a time of day (use 00:00 to 23:59, or 24:00 as an end)");
    }
    return hour * 60 + minute;
  }

  private WorkingHoursFormatException fault(String problem) {
    return new WorkingHoursFormatException(input, problem);
  }

  static String abbreviation(DayOfWeek day) {
    String name = day.name();
    return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
  }
}
