package io.threadkeeper.core.norms.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PressureRuleTest {

  @Test
  void idsAreUniqueKebabCaseAndRoundTrip() {
    assertThat(PressureRule.values())
        .allSatisfy(
            rule -> {
              assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
              assertThat(PressureRule.fromId(rule.id())).contains(rule);
            });
    assertThat(Arrays.stream(PressureRule.values()).map(PressureRule::id).distinct())
        .hasSize(PressureRule.values().length);
  }

  @Test
  void everyRuleExplainsItselfAndSuggestsARewording() {
    assertThat(PressureRule.values())
        .allSatisfy(
            rule -> {
              assertThat(rule.explanation()).isNotBlank().doesNotContain("\n");
              assertThat(rule.suggestedRewording()).isNotBlank().doesNotContain("\n");
            });
  }

  @Test
  void unknownIdsAreEmpty() {
    assertThat(PressureRule.fromId("shouting")).isEmpty();
    assertThat(PressureRule.fromId(null)).isEmpty();
  }

  @Test
  void aVerdictWithPressureNamesItsRuleAndMatchAndOneWithoutNamesNeither() {
    assertThat(PressureVerdict.fired(PressureRule.ASAP, "ASAP").pressure()).isTrue();
    assertThat(PressureVerdict.none()).isEqualTo(new PressureVerdict(false, null, null));
    assertThatThrownBy(() -> new PressureVerdict(true, null, "ASAP"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PressureVerdict(true, PressureRule.ASAP, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PressureVerdict(false, PressureRule.ASAP, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
