package io.threadkeeper.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff =
      new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), new Random(7));

  @Test
  void eachRetryWaitsBetweenHalfAndAllOfADoublingDelay() {
    for (int attempt = 1; attempt <= 6; attempt++) {
      long full = 5_000L << (attempt - 1);
      for (int sample = 0; sample < 50; sample++) {
        assertThat(backoff.delayAfter(attempt).toMillis()).isBetween(full / 2, full);
      }
    }
  }

  @Test
  void theDelayNeverExceedsTheCapEvenAfterManyFailures() {
    assertThat(backoff.delayAfter(40)).isLessThanOrEqualTo(Duration.ofMinutes(15));
    assertThat(backoff.delayAfter(Integer.MAX_VALUE))
        .isBetween(Duration.ofMillis(450_000), Duration.ofMinutes(15));
  }

  @Test
  void jitterSpreadsRowsThatFailedTogether() {
    long distinct =
        java.util.stream.IntStream.range(0, 20)
            .mapToObj(i -> backoff.delayAfter(3))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(10);
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    Backoff again = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), new Random(7));
    Backoff first = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), new Random(7));
    assertThat(again.delayAfter(4)).isEqualTo(first.delayAfter(4));
  }

  @Test
  void attemptsStartAtOne() {
    assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
