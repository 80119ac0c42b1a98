package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.Fixtures.at;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.tracker.ThreadStatus;
import org.junit.jupiter.api.Test;

class ReminderLadderTest {
  private final ChannelContext channel = Fixtures.channel().build();

  private Ticker alicesThread() {
    ReplyPlan plan =
        new ReplyWindowRule()
            .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE));
    return new Ticker(channel, thread().build(), ThreadNorms.planned(plan));
  }

  @Test
  void eachStepFiresOnceAtItsInstantAndTheLadderNeverLoops() {
    // GIVEN alice's thread, due Monday 17:00 UTC, and nobody replies
    Ticker ticker = alicesThread();

    // WHEN the sweep ticks every few hours for the rest of the week
    for (String now :
        new String[] {
          "2026-03-02T14:59:00Z", "2026-03-02T15:00:00Z", "2026-03-02T16:00:00Z",
          "2026-03-02T17:00:00Z", "2026-03-02T20:00:00Z", "2026-03-03T17:00:00Z",
          "2026-03-04T10:00:00Z", "2026-03-05T17:00:00Z", "2026-03-06T16:00:00Z"
        }) {
      ticker.tick(now);
    }

    // THEN the heads-up, the reminder and the escalation came once each, in that order
    assertThat(ticker.sent())
        .extracting(effect -> effect.getClass().getSimpleName())
        .containsExactly("DueSoonWarning", "Reminder", "Escalation");
    assertThat(ticker.thread().status()).isEqualTo(ThreadStatus.OVERDUE);
    assertThat(ticker.norms().ladder().fired()).containsExactlyInAnyOrder(LadderStep.values());
  }

  @Test
  void theReminderWaitsForTheOwnersNextWorkingMorningAndTheEscalationGoesToModerators() {
    Ticker ticker = alicesThread();

    Decision reminder = ticker.tick("2026-03-02T17:00:00Z");
    Decision escalation = ticker.tick("2026-03-03T17:00:00Z");

    Effect sent = reminder.effects().get(0);
    assertThat(sent.recipient()).isEqualTo(Recipient.member(ALICE));
    assertThat(sent.deliverAt()).isEqualTo(at("2026-03-03T09:00:00Z"));
    assertThat(reminder.status()).contains(ThreadStatus.OVERDUE);
    Escalation escalated = escalation.effectsOf(Escalation.class).get(0);
    assertThat(escalated.recipient()).isEqualTo(Recipient.moderators());
    assertThat(escalated.owner()).isEqualTo(ALICE);
    assertThat(escalated.explanation().ruleId()).isEqualTo("reply-window-escalation");
  }

  @Test
  void aLateTickSkipsTheHeadsUpRatherThanSendItBesideTheReminder() {
    Ticker ticker = alicesThread();

    Decision late = ticker.tick("2026-03-02T18:00:00Z");

    assertThat(late.effects()).singleElement().isInstanceOf(Reminder.class);
    assertThat(ticker.norms().ladder().hasFired(LadderStep.DUE_SOON)).isTrue();
  }

  @Test
  void anAnsweredThreadClimbsNoFurther() {
    Ticker ticker = alicesThread();
    ticker.tick("2026-03-02T15:00:00Z");

    ticker.thread(thread().status(ThreadStatus.ANSWERED).replies(1, 2).build());
    ticker.tick("2026-03-02T17:00:00Z");
    ticker.tick("2026-03-03T17:00:00Z");

    assertThat(ticker.sent()).singleElement().isInstanceOf(DueSoonWarning.class);
  }

  @Test
  void everyLadderEffectExplainsItselfWithRuleFiguresAndPolicy() {
    Ticker ticker = alicesThread();

    Effect headsUp = ticker.tick("2026-03-02T15:00:00Z").effects().get(0);

    Explanation why = headsUp.explanation();
    assertThat(why.ruleId()).isEqualTo("reply-window-due-soon");
    assertThat(why.trigger()).isEqualTo("75% of the window used");
    assertThat(why.policy()).isEqualTo("async channel; reply window 8h of working time");
    assertThat(why.sentence()).contains("due Mon 2 Mar 17:00 (UTC)");
    assertThat(headsUp.threadRoot()).isEqualTo(Fixtures.ROOT);
    assertThat(headsUp.shadow()).isFalse();
  }
}
