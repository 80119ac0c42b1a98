package io.threadkeeper.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small builders for calendar test data. */
final class Calendars {
  private Calendars() {}

  static WorkingCalendar calendar(String zone, String hours, String... holidays) {
    return new WorkingCalendar(
        ZoneId.of(zone),
        WorkingHours.parse(hours),
        Arrays.stream(holidays).map(LocalDate::parse).collect(Collectors.toSet()));
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  static Duration window(String duration) {
    return Duration.parse(duration);
  }
}
