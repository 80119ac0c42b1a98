package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadStatus;
import org.junit.jupiter.api.Test;

class SummaryPromptRuleTest {
  private final ChannelContext channel = Fixtures.channel().build();

  private Ticker longThread() {
    return new Ticker(channel, thread().replies(20, 4).build(), null);
  }

  @Test
  void aThreadPastTwentyRepliesPromptsItsOwnerOnceInTheThread() {
    Ticker ticker = longThread();

    Decision first = ticker.on(Events.reply("120.000", "100.000", "bob", 60));
    Decision second = ticker.on(Events.reply("121.000", "100.000", "carol", 61));

    SummaryPrompt prompt = first.effectsOf(SummaryPrompt.class).get(0);
    assertThat(prompt.occasion()).isEqualTo(SummaryPrompt.Occasion.THRESHOLD);
    assertThat(prompt.recipient()).isEqualTo(Recipient.member(ALICE));
    assertThat(prompt.threadRoot()).isEqualTo(Fixtures.ROOT);
    assertThat(prompt.skeleton()).isEmpty();
    assertThat(prompt.withSkeleton("Participants: bob, carol").skeleton()).contains("bob");
    assertThat(prompt.explanation().trigger()).isEqualTo("20 replies");
    assertThat(second.effectsOf(SummaryPrompt.class)).isEmpty();
  }

  @Test
  void aLongThreadResolvedWithoutASummaryIsAskedAgainOnceAtResolution() {
    Ticker ticker = longThread();
    ticker.on(Events.reply("120.000", "100.000", "bob", 60));

    ticker.thread(thread().replies(20, 4).status(ThreadStatus.RESOLVED).build());
    Decision resolved = ticker.on(Events.react("100.000", "alice", "white_check_mark", 90));
    Decision again = ticker.on(Events.react("100.000", "bob", "tada", 91));

    assertThat(resolved.effectsOf(SummaryPrompt.class))
        .singleElement()
        .extracting(SummaryPrompt::occasion)
        .isEqualTo(SummaryPrompt.Occasion.RESOLUTION);
    assertThat(resolved.effects().get(0).explanation().ruleId()).isEqualTo("summary-at-resolution");
    assertThat(again.effects()).isEmpty();
  }

  @Test
  void aThreadWithASummaryIsNeverPrompted() {
    Ticker ticker =
        new Ticker(
            channel,
            thread().replies(25, 7).summary("130.000").status(ThreadStatus.RESOLVED).build(),
            null);

    Decision decision = ticker.on(Events.react("100.000", "alice", "white_check_mark", 90));

    assertThat(decision.effects()).isEmpty();
    assertThat(ticker.norms().resolutionHandled()).isTrue();
  }

  @Test
  void sixParticipantsOrThreeDaysOfActivityAlsoCrossTheThreshold() {
    ChannelPolicy policy = ChannelPolicy.defaults();

    assertThat(SummaryPromptRule.thresholdCrossed(thread().replies(6, 6).build(), policy))
        .contains("6 participants");
    assertThat(
            SummaryPromptRule.thresholdCrossed(
                thread().replies(3, 2).lastActivityAt(Fixtures.at("2026-03-05T09:00:00Z")).build(),
                policy))
        .contains("3 days of activity");
    assertThat(SummaryPromptRule.thresholdCrossed(thread().replies(3, 2).build(), policy))
        .isEmpty();
  }
}
