package io.threadkeeper.core.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How an outbox dispatcher paces itself.
 *
 * @param batchSize rows claimed per round; small, so a slow platform holds few rows in flight
 * @param maxAttempts sends (not counting rate-limit waits) before a row is given up as failed
 * @param backoffBase the wait after the first transient failure; it doubles per failure
 * @param backoffMax the longest wait between retries
 * @param inFlightLease how long a row may stay in flight before another round presumes its sender
 *     dead; must exceed the longest {@code send} call
 */
public record DispatchSettings(
    int batchSize,
    int maxAttempts,
    Duration backoffBase,
    Duration backoffMax,
    Duration inFlightLease) {
  public DispatchSettings {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
    }
    Objects.requireNonNull(backoffBase, "backoffBase");
    Objects.requireNonNull(backoffMax, "backoffMax");
    if (Objects.requireNonNull(inFlightLease, "inFlightLease").compareTo(Duration.ofSeconds(1))
        < 0) {
      throw new IllegalArgumentException("inFlightLease must be at least a second");
    }
  }

  /** 20 rows a round, 8 attempts, 5 s doubling to 15 min, a 2 min lease. */
  public static DispatchSettings defaults() {
    return new DispatchSettings(
        20, 8, Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofMinutes(2));
  }

  public DispatchSettings withMaxAttempts(int maxAttempts) {
    return new DispatchSettings(batchSize, maxAttempts, backoffBase, backoffMax, inFlightLease);
  }
}
