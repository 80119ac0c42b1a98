package io.threadkeeper.core.command;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W47}: Monday to Sunday, week 1 holds the first Thursday. */
public record IsoWeek(int year, int week) {
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2999;
  private static final Pattern FORM = Pattern.compile("(\\d{4})-?[Ww](\\d{1,2})");

  public IsoWeek {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "ISO week year must be " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(
          "ISO year " + year + " has weeks 1 to " + weeksIn(year) + ", not " + week);
    }
  }

  /**
   * Reads {@code YYYY-Www} (also {@code YYYYWww}, any case).
   *
   * @throws IllegalArgumentException if the text has another form or names a week that does not
   *     exist
   */
  public static IsoWeek parse(String text) {
    Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("expected an ISO week such as 2026-W47");
    }
    return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** How many ISO weeks {@code year} has: 52, or 53 when it starts or ends on a Thursday. */
  public static int weeksIn(int year) {
    // 4 January is always in week 1, so its week-based year is year itself.
    return (int) LocalDate.of(year, 1, 4).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /** The ISO week that holds {@code day}. */
  public static IsoWeek containing(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week {@code weeks} weeks before this one. */
  public IsoWeek minusWeeks(long weeks) {
    return containing(monday().minusWeeks(weeks));
  }

  /** The Monday that starts this week. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(week - 1L);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
