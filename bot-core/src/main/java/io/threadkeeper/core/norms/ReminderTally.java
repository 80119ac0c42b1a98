package io.threadkeeper.core.norms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many reminders one member got in one week of their own calendar, across all channels.
 *
 * @param weekStart the Monday, in the member's zone, of the week the count belongs to
 */
public record ReminderTally(LocalDate weekStart, int count) {
  public ReminderTally {
    Objects.requireNonNull(weekStart, "weekStart");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  public int countIn(LocalDate week) {
    return weekStart.equals(week) ? count : 0;
  }
}
