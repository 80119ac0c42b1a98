package io.threadkeeper.core.norms;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Caps the reminders one person gets in a week of their own calendar: past the cap, a reminder is
 * folded into their digest instead of sent on its own, so nobody is spammed. Stateless and
 * thread-safe.
 */
public final class ReminderBudget {
  public static final String RULE_ID = "reminder-budget";

  /** The effect to emit (the reminder itself or its digest entry) and the tally to keep. */
  public record Spent(Effect effect, ReminderTally tally) {}

  /** Spends one reminder of the recipient's week, or folds {@code reminder} when none is left. */
  public Spent spend(
      Effect reminder, ReminderTally tally, ZoneId recipientZone, Instant now, int perWeek) {
    LocalDate week = weekOf(now, recipientZone);
    int used = tally == null ? 0 : tally.countIn(week);
    if (used < perWeek) {
      return new Spent(reminder, new ReminderTally(week, used + 1));
    }
    Envelope original = reminder.envelope();
    Explanation why =
        new Explanation(
            RULE_ID,
            used + " of " + perWeek + " reminders this week",
            original.explanation().policy(),
            "You already had "
                + used
                + " reminders this week, so this one waits in your digest: "
                + original.explanation().sentence());
    Envelope folded =
        new Envelope(
            original.workspace(),
            original.channel(),
            original.threadRoot(),
            original.recipient(),
            original.deliverAt(),
            why,
            original.shadow());
    return new Spent(new DigestEntry(folded, reminder), new ReminderTally(week, used));
  }

  static LocalDate weekOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
