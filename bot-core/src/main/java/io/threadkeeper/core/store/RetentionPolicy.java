package io.threadkeeper.core.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each kind of data is kept.
 *
 * @param processedInbox processed inbox rows, counted from when they were processed
 * @param history threads (counted from their last activity) with their message metadata, deadlines
 *     and outbox rows, delivered outbox rows and message tombstones
 * @param auditLog audit rows
 */
public record RetentionPolicy(Duration processedInbox, Duration history, Duration auditLog) {
  public RetentionPolicy {
    requirePositive(processedInbox, "processedInbox");
    requirePositive(history, "history");
    requirePositive(auditLog, "auditLog");
  }

  /** 14 days of processed inbox rows, 180 days of history, 365 days of audit log. */
  public static RetentionPolicy defaults() {
    return new RetentionPolicy(Duration.ofDays(14), Duration.ofDays(180), Duration.ofDays(365));
  }

  private static void requirePositive(Duration value, String what) {
    if (Objects.requireNonNull(value, what).isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
