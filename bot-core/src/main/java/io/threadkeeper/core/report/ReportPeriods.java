package io.threadkeeper.core.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How every renderer names a period and defines its figures, so that they all say the same. */
public final class ReportPeriods {
  /** The definitions behind the figures, for readers of every format. */
  public static final String DEFINITIONS =
      "Definitions: threads count in the week they were opened in. Answered in window: the first"
          + " reply (by someone other than the author) came by the thread's due date or, without"
          + " one, within the channel's reply window of working time in the workspace calendar."
          + " Times to first reply are in business hours of that calendar. Overdue open: opened in"
          + " the last 8 weeks, past that deadline at the week's end with no reply and not"
          + " resolved. Ghost: no reply at all. First-time contributors: people whose first"
          + " message in the workspace falls in the week. Pressure nudges: outbox messages with"
          + " the purpose pressure_nudge, sent or shadowed. After-hours messages: human messages"
          + " posted outside the workspace's working hours (mentions are not stored, so this"
          + " counts every message, not only pings).";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  private ReportPeriods() {}

  /** E.g. {@code Mon 23 Nov 2026 00:00 to Mon 30 Nov 2026 00:00 Europe/Berlin (168 hours)}. */
  public static String describe(PeriodHealth period, ZoneId zone) {
    return WHEN.format(period.from().atZone(zone))
        + " to "
        + WHEN.format(period.to().atZone(zone))
        + " "
        + zone.getId()
        + " ("
        + period.length().toHours()
        + " hours)";
  }
}
