package io.threadkeeper.core.store;

import io.threadkeeper.core.command.AsyncCommand;

/** What a snooze command or button answers; the norms carry the snooze out. Stateless. */
final class SnoozeWording {
  static final String ONE_WORKING_DAY =
      "Snoozed: this thread's reminders pause for one working day.";
  static final String NUDGES_NOT_YET =
      "Snoozing nudges is not available yet; at most one nudge per channel per day still applies.";

  private SnoozeWording() {}

  static String answer(AsyncCommand.Snooze snooze) {
    if (snooze.reason().isEmpty()) {
      return "Not snoozed: a snooze needs a reason, so that the late reminder can say why;"
          + " e.g. /async snooze 2d waiting for the venue";
    }
    return "Snoozed: this thread's reminders pause for "
        + snooze.duration().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
        + " (calendar time).";
  }
}
