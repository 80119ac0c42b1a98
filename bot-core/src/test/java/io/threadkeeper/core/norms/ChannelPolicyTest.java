package io.threadkeeper.core.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChannelPolicyTest {

  @Test
  void theDefaultsAreOneWorkingDayAndTheDocumentedThresholds() {
    ChannelPolicy policy = ChannelPolicy.defaults();

    assertThat(policy.replyWindow()).isEqualTo(Duration.ofHours(8));
    assertThat(policy.urgent()).isFalse();
    assertThat(policy.summaryReplyThreshold()).isEqualTo(20);
    assertThat(policy.summaryParticipantThreshold()).isEqualTo(6);
    assertThat(policy.summaryAge()).isEqualTo(Duration.ofDays(3));
    assertThat(policy.quietHours()).isNull();
    assertThat(policy.nudgesEnabled()).isTrue();
    assertThat(policy.shadowMode()).isFalse();
    assertThat(policy.dueSoonFraction()).isEqualTo(0.75);
    assertThat(policy.staleAfterWorkingDays()).isEqualTo(5);
    assertThat(policy.archiveAfterWorkingDays()).isEqualTo(5);
    assertThat(policy.archiveDryRun()).isTrue();
    assertThat(policy.nudgesPerPersonPerChannelPerDay()).isEqualTo(1);
    assertThat(policy.remindersPerPersonPerWeek()).isEqualTo(5);
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
  }

  @Test
  void nonsenseIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> ChannelPolicy.builder().dueSoonFraction(1.0).build())
        .hasMessageContaining("dueSoonFraction");
    assertThatThrownBy(() -> ChannelPolicy.builder().replyWindow(Duration.ZERO).build())
        .hasMessageContaining("replyWindow");
    assertThatThrownBy(() -> ChannelPolicy.builder().remindersPerPersonPerWeek(-1).build())
        .hasMessageContaining("remindersPerPersonPerWeek");
  }

  @Test
  void commandsAreReadWithTheOneAsyncGrammarAndOnlyWhenWellFormed() {
    assertThat(NormsCommand.parse("snooze 4h on a call"))
        .contains(new NormsCommand.SnoozeFor(Duration.ofHours(4), "on a call"));
    assertThat(NormsCommand.parse("snooze 2d")).isEmpty();
    assertThat(NormsCommand.parse("snooze soon because")).isEmpty();
    assertThat(NormsCommand.parse("due 2026-03-05")).isEmpty();
    assertThat(NormsCommand.parse("owner <@bob>")).isEmpty();
    assertThat(NormsCommand.dueBy("2026-03-05T15:00")).isPresent();
    assertThat(NormsCommand.dueBy("thursday")).isEmpty();
  }
}
