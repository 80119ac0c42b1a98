package io.threadkeeper.core.norms;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many pressure nudges one member got in one channel on one day of their own calendar.
 *
 * @param day the member's local date the count belongs to; a count of another day counts as zero
 */
public record NudgeTally(LocalDate day, int count) {
  public NudgeTally {
    Objects.requireNonNull(day, "day");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
  }

  public int countOn(LocalDate date) {
    return day.equals(date) ? count : 0;
  }

  /** The tally after one more on {@code date}. */
  public static NudgeTally next(NudgeTally previous, LocalDate date) {
    int before = previous == null ? 0 : previous.countOn(date);
    return new NudgeTally(date, before + 1);
  }
}
