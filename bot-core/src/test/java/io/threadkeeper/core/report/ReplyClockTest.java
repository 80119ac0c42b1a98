package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyClockTest {
  private final ReplyClock clock =
      new ReplyClock(WorkingCalendar.standard(ZoneId.of("Europe/Berlin")));

  private static ThreadTimes thread(String opened, String firstReply, String due) {
    return new ThreadTimes(
        "C1",
        "r1",
        Instant.parse(opened),
        firstReply == null ? null : Instant.parse(firstReply),
        due == null ? null : Instant.parse(due),
        null,
        false,
        Duration.ofHours(8));
  }

  @Test
  void aFridayEveningThreadIsDueAtTheEndOfMondaysWorkingDay() {
    // Friday 20:00 Berlin; 8 working hours run Monday 09:00-17:00 (16:00 UTC).
    ThreadTimes friday = thread("2026-11-20T19:00:00Z", "2026-11-23T15:00:00Z", null);

    assertThat(clock.deadline(friday)).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    assertThat(clock.answeredInWindow(friday)).isTrue();
    assertThat(clock.firstReply(friday)).isEqualTo(Duration.ofHours(7));
  }

  @Test
  void anExplicitDueDateOverridesTheWindow() {
    ThreadTimes due =
        thread("2026-11-16T08:00:00Z", "2026-11-16T12:00:00Z", "2026-11-16T10:00:00Z");

    assertThat(clock.answeredInWindow(due)).isFalse();
  }

  @Test
  void aThreadIsOverdueOnlyOnceItsDeadlinePassedWithoutAReply() {
    ThreadTimes ghost = thread("2026-11-16T08:00:00Z", null, null);

    assertThat(clock.overdueAt(ghost, Instant.parse("2026-11-16T15:00:00Z"))).isFalse();
    assertThat(clock.overdueAt(ghost, Instant.parse("2026-11-17T09:00:00Z"))).isTrue();
  }

  @Test
  void percentilesInterpolateLikePostgres() {
    List<Duration> sorted = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4));

    assertThat(ReplyClock.percentile(sorted, 0.5)).isEqualTo(Duration.ofHours(2));
    assertThat(ReplyClock.percentile(sorted, 0.9)).isEqualTo(Duration.ofMinutes(216));
    assertThat(ReplyClock.percentile(List.of(), 0.5)).isNull();
  }
}
