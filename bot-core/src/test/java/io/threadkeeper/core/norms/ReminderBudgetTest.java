package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderBudgetTest {
  private static final LocalDate THIS_WEEK = LocalDate.parse("2026-03-02");
  private final ChannelContext channel = Fixtures.channel().build();

  private Ticker alicesThreadWith(ReminderTally tally) {
    ReplyPlan plan =
        new ReplyWindowRule()
            .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE));
    return new Ticker(channel, thread().build(), ThreadNorms.planned(plan)).tally(tally);
  }

  @Test
  void aReminderPastTheWeeklyBudgetIsFoldedIntoTheDigest() {
    // GIVEN alice already had her five reminders this week
    Ticker ticker = alicesThreadWith(new ReminderTally(THIS_WEEK, 5));

    // WHEN her thread's reminder falls due
    Decision decision = ticker.tick("2026-03-02T17:00:00Z");

    // THEN it goes into her digest, explained, and the tally does not grow
    DigestEntry entry = decision.effectsOf(DigestEntry.class).get(0);
    assertThat(decision.effects()).hasSize(1);
    assertThat(entry.folded()).isInstanceOf(Reminder.class);
    assertThat(entry.explanation().ruleId()).isEqualTo(ReminderBudget.RULE_ID);
    assertThat(entry.explanation().trigger()).isEqualTo("5 of 5 reminders this week");
    assertThat(decision.ownerReminders()).contains(new ReminderTally(THIS_WEEK, 5));
  }

  @Test
  void aReminderWithinBudgetIsSentAndCounted() {
    Ticker ticker = alicesThreadWith(new ReminderTally(THIS_WEEK, 4));

    Decision decision = ticker.tick("2026-03-02T17:00:00Z");

    assertThat(decision.effects()).singleElement().isInstanceOf(Reminder.class);
    assertThat(decision.ownerReminders()).contains(new ReminderTally(THIS_WEEK, 5));
  }

  @Test
  void lastWeeksRemindersDoNotCountAgainstThisWeek() {
    Ticker ticker = alicesThreadWith(new ReminderTally(THIS_WEEK.minusWeeks(1), 5));

    Decision decision = ticker.tick("2026-03-02T17:00:00Z");

    assertThat(decision.effects()).singleElement().isInstanceOf(Reminder.class);
    assertThat(decision.ownerReminders()).contains(new ReminderTally(THIS_WEEK, 1));
  }

  @Test
  void theEscalationToModeratorsIsNeverFolded() {
    Ticker ticker = alicesThreadWith(new ReminderTally(THIS_WEEK, 5));
    ticker.tick("2026-03-02T17:00:00Z");

    Decision decision = ticker.tick("2026-03-03T17:00:00Z");

    assertThat(decision.effects()).singleElement().isInstanceOf(Escalation.class);
  }
}
