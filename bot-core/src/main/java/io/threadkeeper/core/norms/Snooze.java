package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import java.time.Instant;
import java.util.Objects;

/** A thread's ladder put off until {@code until}, by whom and why. */
public record Snooze(MemberId by, Instant at, Instant until, String reason) {
  public Snooze {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(until, "until");
    if (!until.isAfter(at)) {
      throw new IllegalArgumentException("a snooze must end after it starts");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a snooze needs a reason");
    }
  }
}
