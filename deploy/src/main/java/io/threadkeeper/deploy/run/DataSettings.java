package io.threadkeeper.deploy.run;

import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.store.RetentionPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How long data is kept and where holidays come from, read from the environment. All problems are
 * collected, each naming its setting.
 *
 * @param holidayCalendar the iCalendar of every workspace that has none of its own
 * @param holidays dates that are holidays in every workspace
 */
public record DataSettings(
    RetentionPolicy retention,
    Optional<HolidaySource> holidayCalendar,
    Set<LocalDate> holidays,
    List<String> problems) {

  public DataSettings {
    holidays = Set.copyOf(holidays);
    problems = List.copyOf(problems);
  }

  /** The defaults: {@link RetentionPolicy#defaults()}, no holidays. */
  public static DataSettings defaults() {
    return new DataSettings(RetentionPolicy.defaults(), Optional.empty(), Set.of(), List.of());
  }

  public static DataSettings from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    RetentionPolicy defaults = RetentionPolicy.defaults();
    RetentionPolicy retention =
        new RetentionPolicy(
            days(
                "THREADKEEPER_RETENTION_INBOX_DAYS",
                env.get("THREADKEEPER_RETENTION_INBOX_DAYS"),
                defaults.processedInbox(),
                problems),
            days(
                "THREADKEEPER_RETENTION_HISTORY_DAYS",
                env.get("THREADKEEPER_RETENTION_HISTORY_DAYS"),
                defaults.history(),
                problems),
            days(
                "THREADKEEPER_RETENTION_AUDIT_DAYS",
                env.get("THREADKEEPER_RETENTION_AUDIT_DAYS"),
                defaults.auditLog(),
                problems));
    String calendar = env.get("THREADKEEPER_HOLIDAYS_ICAL");
    Optional<HolidaySource> holidayCalendar =
        calendar == null || calendar.isBlank()
            ? Optional.empty()
            : Optional.of(new HolidaySource(calendar));
    Set<LocalDate> holidays = dates(env.get("THREADKEEPER_HOLIDAYS"), problems);
    return new DataSettings(retention, holidayCalendar, holidays, problems);
  }

  private static Duration days(
      String name, String value, Duration fallback, List<String> problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int days = Integer.parseInt(value.strip());
      if (days >= 1) {
        return Duration.ofDays(days);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        name + " must be a whole number of days, at least 1, such as " + fallback.toDays());
    return fallback;
  }

  private static Set<LocalDate> dates(String value, List<String> problems) {
    Set<LocalDate> dates = new TreeSet<>();
    if (value == null || value.isBlank()) {
      return dates;
    }
    for (String date : value.split(",")) {
      try {
        dates.add(LocalDate.parse(date.strip()));
      } catch (DateTimeParseException e) {
        problems.add(
            "THREADKEEPER_HOLIDAYS must be ISO dates separated by commas, such as"
                + " 2026-12-24,2026-12-25; '"
                + date.strip()
                + "' is not one");
      }
    }
    return dates;
  }
}
