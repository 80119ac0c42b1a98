package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void showsTheTwoLargestUnitsAndDropsAZeroSecondOne() {
    assertThat(Durations.brief(Duration.ofMinutes(45))).isEqualTo("45m");
    assertThat(Durations.brief(Duration.ofMinutes(60))).isEqualTo("1h");
    assertThat(Durations.brief(Duration.ofMinutes(90))).isEqualTo("1h 30m");
    assertThat(Durations.brief(Duration.ofHours(48))).isEqualTo("2d");
    assertThat(Durations.brief(Duration.ofHours(51).plusMinutes(20))).isEqualTo("2d 3h");
    assertThat(Durations.brief(null)).isEqualTo("–");
  }
}
