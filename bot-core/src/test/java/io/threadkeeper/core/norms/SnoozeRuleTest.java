package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.Fixtures.at;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnoozeRuleTest {
  private final ChannelContext channel = Fixtures.channel().build();

  private Ticker alicesThread() {
    ReplyPlan plan =
        new ReplyWindowRule()
            .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE));
    return new Ticker(channel, thread().build(), ThreadNorms.planned(plan));
  }

  @Test
  void aSnoozeWithAReasonPutsTheLadderOffUntilItEnds() {
    // GIVEN alice snoozes her thread on Monday 10:00 for two days
    Ticker ticker = alicesThread();
    ticker.on(
        Fixtures.command(
            "alice", "snooze 2d waiting for the budget vote", at("2026-03-02T10:00:00Z")));

    // WHEN the sweep ticks at the old heads-up and due times, then on Wednesday
    ticker.tick("2026-03-02T15:00:00Z");
    ticker.tick("2026-03-02T17:00:00Z");
    Decision wednesday = ticker.tick("2026-03-04T10:00:00Z");

    // THEN nothing came before Wednesday 10:00, and the reminder says why it was late
    assertThat(ticker.norms().plan().dueAt()).isEqualTo(at("2026-03-04T10:00:00Z"));
    assertThat(ticker.sent()).hasSize(1);
    Reminder reminder = wednesday.effectsOf(Reminder.class).get(0);
    assertThat(reminder.explanation().sentence()).contains("waiting for the budget vote");
    assertThat(ticker.norms().snooze().by()).isEqualTo(ALICE);
  }

  @Test
  void aSnoozeWithoutAReasonIsNotTaken() {
    Ticker ticker = alicesThread();
    ReplyPlan before = ticker.norms().plan();

    Decision decision =
        ticker.on(Fixtures.command("alice", "snooze 2d", at("2026-03-02T10:00:00Z")));

    assertThat(decision.norms()).isEmpty();
    assertThat(ticker.norms().plan()).isEqualTo(before);
  }

  @Test
  void snoozingAfterAnEscalationNeverEscalatesAgain() {
    Ticker ticker = alicesThread();
    ticker.tick("2026-03-02T17:00:00Z");
    ticker.tick("2026-03-03T17:00:00Z");

    ticker.on(Fixtures.command("alice", "snooze 1d on leave", at("2026-03-04T09:00:00Z")));
    ticker.tick("2026-03-05T09:00:00Z");
    ticker.tick("2026-03-06T16:00:00Z");

    assertThat(ticker.sent())
        .extracting(effect -> effect.getClass().getSimpleName())
        .containsExactly("Reminder", "Escalation", "Reminder");
  }
}
