package io.threadkeeper.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A calendar that has no working time at all within the search horizon after an instant. */
public final class NoWorkingTimeException extends IllegalStateException {
  NoWorkingTimeException(Instant after, ZoneId zone, Duration horizon) {
    super(
        "no working time in the "
            + horizon.toDays()
            + " days after "
            + after
            + " in "
            + zone
            + "; check the working hours and holidays");
  }
}
