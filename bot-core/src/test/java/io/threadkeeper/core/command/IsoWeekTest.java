package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void readsAndPrintsTheIsoForm() {
    assertThat(IsoWeek.parse("2026-W47")).isEqualTo(new IsoWeek(2026, 47)).hasToString("2026-W47");
    assertThat(IsoWeek.parse("2026w1")).hasToString("2026-W01");
  }

  @Test
  void yearsStartingOrEndingOnThursdayHaveFiftyThreeWeeks() {
    assertThat(IsoWeek.weeksIn(2026)).isEqualTo(53);
    assertThat(IsoWeek.weeksIn(2027)).isEqualTo(52);
    assertThatThrownBy(() -> new IsoWeek(2027, 53)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weekOneHoldsTheFirstThursdaySoItMayStartInDecember() {
    assertThat(new IsoWeek(2026, 1).monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(new IsoWeek(2026, 47).monday()).isEqualTo(LocalDate.of(2026, 11, 16));
  }
}
