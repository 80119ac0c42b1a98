package io.threadkeeper.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitBucketsTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private final RateLimitBuckets buckets = new RateLimitBuckets();

  @Test
  void aChannelBucketHoldsThatChannelOnly() {
    buckets.block("slack:T1/post/C1", NOW.plusSeconds(3));

    assertThat(buckets.blockedUntil("slack:T1/post/C1", NOW)).contains(NOW.plusSeconds(3));
    assertThat(buckets.blockedUntil("slack:T1/post/C2", NOW)).isEmpty();
    assertThat(buckets.blockedUntil("slack:T1/post/C10", NOW)).isEmpty();
    assertThat(buckets.blockedUntil("slack:T2/post/C1", NOW)).isEmpty();
  }

  @Test
  void aMethodBucketHoldsEveryChannelOfTheWorkspaceForThatMethod() {
    buckets.block("slack:T1/post", NOW.plusSeconds(30));

    assertThat(buckets.blockedUntil("slack:T1/post/C1", NOW)).contains(NOW.plusSeconds(30));
    assertThat(buckets.blockedUntil("slack:T1/post/C2", NOW)).contains(NOW.plusSeconds(30));
    assertThat(buckets.blockedUntil("slack:T1/direct/U1", NOW)).isEmpty();
  }

  @Test
  void theLongestCoveringBlockWins() {
    buckets.block("slack:T1", NOW.plusSeconds(5));
    buckets.block("slack:T1/post/C1", NOW.plusSeconds(60));

    assertThat(buckets.blockedUntil("slack:T1/post/C1", NOW)).contains(NOW.plusSeconds(60));
    assertThat(buckets.blockedUntil("slack:T1/post/C2", NOW)).contains(NOW.plusSeconds(5));
  }

  @Test
  void aBlockEndsAtItsInstant() {
    buckets.block("slack:T1/post/C1", NOW.plusSeconds(3));

    assertThat(buckets.blockedUntil("slack:T1/post/C1", NOW.plusSeconds(3))).isEmpty();
  }

  @Test
  void aShorterBlockDoesNotShortenALongerOne() {
    assertThat(buckets.block("slack:T1/post/C1", NOW.plusSeconds(10))).isTrue();
    assertThat(buckets.block("slack:T1/post/C1", NOW.plusSeconds(2))).isFalse();

    assertThat(buckets.blockedUntil("slack:T1/post/C1", NOW)).contains(NOW.plusSeconds(10));
  }

  @Test
  void coversMeansEqualOrPrefixAtASegment() {
    assertThat(RateLimitBuckets.covers("slack:T1/post", "slack:T1/post/C1")).isTrue();
    assertThat(RateLimitBuckets.covers("slack:T1/post/C1", "slack:T1/post/C1")).isTrue();
    assertThat(RateLimitBuckets.covers("slack:T1/po", "slack:T1/post/C1")).isFalse();
    assertThat(RateLimitBuckets.covers("chat.postMessage", "slack:T1/post/C1")).isFalse();
  }
}
