package io.threadkeeper.core.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of {@code base
 * * 2^(n-1)}, capped at {@code max}. The jitter keeps rows that failed together (a platform outage)
 * from retrying together.
 *
 * <p>Thread-safe ({@link Random} is).
 */
public final class Backoff {
  private final Duration base;
  private final Duration max;
  private final Random random;

  public Backoff(Duration base, Duration max, Random random) {
    if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("need 0 < base <= max");
    }
    this.base = base;
    this.max = max;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The wait before retry number {@code failedAttempts} (1 after the first failure). */
  public Duration delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1");
    }
    long ceiling = max.toMillis();
    // Doubling stops at the cap: beyond 2^30 the multiplication would overflow anyway.
    int doublings = Math.min(failedAttempts - 1, 30);
    long full = Math.min(ceiling, base.toMillis() << doublings);
    if (full < 0) {
      full = ceiling;
    }
    long half = full / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (full - half + 1)));
  }
}
