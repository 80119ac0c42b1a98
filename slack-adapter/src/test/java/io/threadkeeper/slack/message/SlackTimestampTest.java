package io.threadkeeper.slack.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlackTimestampTest {

  @Test
  void keepsEveryMicrosecond() {
    assertThat(new SlackTimestamp("1793610000.000001").instant())
        .isEqualTo(Instant.parse("2026-11-02T09:00:00.000001Z"));
  }

  @Test
  void shortFractionIsReadAsLeadingDigits() {
    assertThat(new SlackTimestamp("1793610000.5").instant())
        .isEqualTo(Instant.parse("2026-11-02T09:00:00.5Z"));
  }

  @Test
  void wholeSecondsNeedNoFraction() {
    assertThat(new SlackTimestamp("1793610000").instant())
        .isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
  }

  @Test
  void rejectsWhatIsNotATimestamp() {
    assertThatThrownBy(() -> new SlackTimestamp("1793610000.0000001234"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlackTimestamp("-1.000000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SlackTimestamp("2026-11-02"))
        .hasMessageContaining("is not a Slack timestamp");
  }
}
