package io.threadkeeper.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.time.WorkingCalendar;
import io.threadkeeper.core.time.WorkingHours;
import io.threadkeeper.core.time.WorkingHoursFormatException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of {@code threadkeeper deadline} input: when the clock starts, how much working time to
 * add, and the calendar to add it in. {@code zone} is required, since guessing one would give
 * deadlines that look right and are hours off; {@code hours} defaults to {@link
 * WorkingHours#DEFAULT} and {@code holidays} to none. Unknown fields are ignored.
 */
record DeadlineRequest(Instant start, Duration window, WorkingCalendar calendar) {
  DeadlineRequest {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(calendar, "calendar");
  }

  /**
   * Reads a request from a JSON object.
   *
   * @throws InvalidFieldException naming the first field, in the order start, window, zone, hours,
   *     holidays, that is missing or wrong
   */
  static DeadlineRequest from(JsonNode json) {
    Instant start =
        start(required(json, "start", "an ISO-8601 instant such as \"2026-03-06T11:00:00Z\""));
    Duration window = window(required(json, "window", "an ISO-8601 duration such as \"PT8H\""));
    ZoneId zone = zone(required(json, "zone", "an IANA time zone name such as \"Europe/Berlin\""));
    WorkingHours hours = hours(json.get("hours"));
    Set<LocalDate> holidays = holidays(json.get("holidays"));
    return new DeadlineRequest(start, window, new WorkingCalendar(zone, hours, holidays));
  }

  /** When the window is used up. */
  Instant due() {
    return calendar.due(start, window);
  }

  private static String required(JsonNode json, String field, String expected) {
    JsonNode value = json.get(field);
    if (isAbsent(value)) {
      throw new InvalidFieldException(field, "missing; expected " + expected);
    }
    if (!value.isTextual()) {
      throw new InvalidFieldException(field, "expected " + expected + ", got " + value);
    }
    return value.textValue();
  }

  private static Instant start(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(
          "start",
          "expected an ISO-8601 instant such as \"2026-03-06T11:00:00Z\", got \"" + text + "\"");
    }
  }

  private static Duration window(String text) {
    Duration window;
    try {
      window = Duration.parse(text);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(
          "window",
          "expected an ISO-8601 duration such as \"PT8H\" or \"PT1H30M\", got \"" + text + "\"");
    }
    if (window.isNegative()) {
      throw new InvalidFieldException("window", "must not be negative, got \"" + text + "\"");
    }
    return window;
  }

  private static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(
          "zone", "unknown time zone '" + text + "'; use an IANA name such as Europe/Berlin");
    }
  }

  private static WorkingHours hours(JsonNode value) {
    if (isAbsent(value)) {
      return WorkingHours.DEFAULT;
    }
    if (!value.isTextual()) {
      throw new InvalidFieldException(
          "hours", "expected a string such as \"Mon-Fri 09:00-17:00\", got " + value);
    }
    try {
      return WorkingHours.parse(value.textValue());
    } catch (WorkingHoursFormatException e) {
      throw new InvalidFieldException("hours", e.getMessage());
    }
  }

  private static Set<LocalDate> holidays(JsonNode value) {
    if (isAbsent(value)) {
      return Set.of();
    }
    if (!value.isArray()) {
      throw new InvalidFieldException(
          "holidays", "expected an array of dates such as [\"2026-12-25\"], got " + value);
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      holidays.add(holiday(value.get(i), "holidays[" + i + "]"));
    }
    return holidays;
  }

  private static LocalDate holiday(JsonNode value, String field) {
    String expected = "expected a date such as \"2026-12-25\", got " + value;
    if (!value.isTextual()) {
      throw new InvalidFieldException(field, expected);
    }
    try {
      return LocalDate.parse(value.textValue());
    } catch (DateTimeException e) {
      throw new InvalidFieldException(field, expected);
    }
  }

  private static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull();
  }
}
