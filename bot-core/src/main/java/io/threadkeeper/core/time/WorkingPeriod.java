package io.threadkeeper.core.time;

import java.time.Instant;

/** One stretch of working time on the time line, half-open: {@code [start, end)}. */
public record WorkingPeriod(Instant start, Instant end) {
  public WorkingPeriod {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("period end " + end + " is not after its start " + start);
    }
  }
}
