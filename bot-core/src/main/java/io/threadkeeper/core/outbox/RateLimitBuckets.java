package io.threadkeeper.core.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which rate-limit buckets are blocked, and until when, in this process. A bucket is a rate-limit
 * key or one of its prefixes at a {@code /}, so blocking {@code slack:T1/post} holds back {@code
 * slack:T1/post/C1} and {@code slack:T1/post/C2} but not {@code slack:T1/direct/U9}.
 *
 * <p>Thread-safe. Expired entries are dropped as they are looked up.
 */
public final class RateLimitBuckets {
  private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  /**
   * Blocks {@code bucket} until {@code until}; a later block wins over an earlier one.
   *
   * @return true when this extends the block (the caller logs it), false if it was already longer
   */
  public boolean block(String bucket, Instant until) {
    Instant previous = blockedUntil.get(bucket);
    blockedUntil.merge(bucket, until, (a, b) -> a.isAfter(b) ? a : b);
    return previous == null || until.isAfter(previous);
  }

  /** The latest instant until which a bucket covering {@code key} is blocked, if any is. */
  public Optional<Instant> blockedUntil(String key, Instant now) {
    Instant latest = null;
    int end = key.length();
    while (end > 0) {
      String prefix = key.substring(0, end);
      Instant until = blockedUntil.get(prefix);
      if (until != null && !until.isAfter(now)) {
        blockedUntil.remove(prefix, until);
      } else if (until != null && (latest == null || until.isAfter(latest))) {
        latest = until;
      }
      end = prefix.lastIndexOf('/');
    }
    return Optional.ofNullable(latest);
  }

  /** Whether {@code bucket} is {@code key} or a prefix of it at a {@code /} boundary. */
  public static boolean covers(String bucket, String key) {
    return key.equals(bucket) || key.startsWith(bucket + "/");
  }
}
