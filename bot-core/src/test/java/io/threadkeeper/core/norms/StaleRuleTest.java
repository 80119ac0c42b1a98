package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.Fixtures.at;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.tracker.ThreadStatus;
import org.junit.jupiter.api.Test;

class StaleRuleTest {
  private final ChannelContext channel = Fixtures.channel().build();

  private Ticker quietAnsweredThread() {
    ReplyPlan plan =
        new ReplyWindowRule()
            .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE));
    return new Ticker(
        channel,
        thread()
            .status(ThreadStatus.ANSWERED)
            .replies(1, 2)
            .lastActivityAt(at("2026-03-02T10:00:00Z"))
            .build(),
        ThreadNorms.planned(plan));
  }

  @Test
  void fiveQuietWorkingDaysWarnTheOwnerAndFiveMoreMarkTheThreadStaleAsADryRun() {
    Ticker ticker = quietAnsweredThread();

    Decision early = ticker.tick("2026-03-06T16:00:00Z");
    Decision warning = ticker.tick("2026-03-09T09:00:00Z");
    Decision setAside = ticker.tick("2026-03-16T09:00:00Z");
    Decision after = ticker.tick("2026-03-23T09:00:00Z");

    assertThat(early.effects()).isEmpty();
    assertThat(early.nextCheckAt()).contains(at("2026-03-09T09:00:00Z"));
    StaleWarning warned = warning.effectsOf(StaleWarning.class).get(0);
    assertThat(warned.recipient()).isEqualTo(Recipient.member(ALICE));
    assertThat(warned.setAsideAt()).isEqualTo(at("2026-03-16T09:00:00Z"));
    assertThat(warned.explanation().ruleId()).isEqualTo(StaleRule.WARNING_ID);
    ResolutionNotice notice = setAside.effectsOf(ResolutionNotice.class).get(0);
    assertThat(notice.archiveDryRun()).isTrue();
    assertThat(notice.explanation().sentence()).contains("would be archived");
    assertThat(setAside.status()).contains(ThreadStatus.STALE);
    assertThat(after.effects()).isEmpty();
    assertThat(after.nextCheckAt()).isEmpty();
  }

  @Test
  void newActivityAfterAWarningStartsTheCountAgain() {
    Ticker ticker = quietAnsweredThread();
    ticker.tick("2026-03-09T09:00:00Z");

    ticker.thread(
        thread()
            .status(ThreadStatus.ANSWERED)
            .replies(2, 2)
            .lastActivityAt(at("2026-03-10T11:00:00Z"))
            .build());
    Decision decision = ticker.tick("2026-03-16T09:00:00Z");

    assertThat(decision.effects()).isEmpty();
    assertThat(decision.nextCheckAt()).contains(at("2026-03-17T09:00:00Z"));
  }
}
