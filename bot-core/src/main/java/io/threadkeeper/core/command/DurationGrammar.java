package io.threadkeeper.core.command;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations: compact units in the order w, d, h, m ({@code 30m}, {@code 2h}, {@code 1h30m},
 * {@code 1w2d}) or ISO-8601 ({@code PT2H}, read literally: {@code P1D} is 24 hours). What a day and
 * a week mean depends on the {@link Scale}. Stateless and thread-safe.
 */
final class DurationGrammar {
  static final String FORMS = "such as 30m, 2h, 1d, 1w or 1h30m, or ISO-8601 such as PT2H";
  // Nine digits per unit keep weeks-in-minutes far inside a long.
  private static final Pattern COMPACT =
      Pattern.compile("(?:(\\d{1,9})w)?(?:(\\d{1,9})d)?(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?");

  /** What {@code d} and {@code w} stand for. */
  enum Scale {
    /** Calendar time: a day is 24 hours, a week 7 days. */
    CALENDAR(Duration.ofHours(24), 7),
    /** Working time: a day is 8 working hours, a week 5 working days. */
    WORKING(Duration.ofHours(8), 5);

    private final Duration day;
    private final int daysPerWeek;

    Scale(Duration day, int daysPerWeek) {
      this.day = day;
      this.daysPerWeek = daysPerWeek;
    }
  }

  private DurationGrammar() {}

  /**
   * Reads {@code word}, or throws an {@link ArgumentProblem} with {@code usage} naming the fault.
   */
  static Duration read(String word, Scale scale, String usage) {
    String text = word.strip().toLowerCase(Locale.ROOT);
    if (text.startsWith("p") || text.startsWith("-p")) {
      return iso(word, usage);
    }
    Matcher matcher = COMPACT.matcher(text);
    if (text.isEmpty() || !matcher.matches()) {
      throw notADuration(word, usage);
    }
    Duration day = scale.day;
    return day.multipliedBy(scale.daysPerWeek * number(matcher, 1))
        .plus(day.multipliedBy(number(matcher, 2)))
        .plusHours(number(matcher, 3))
        .plusMinutes(number(matcher, 4));
  }

  /** Checks bounds, naming them in the problem. */
  static Duration within(
      Duration duration, Duration least, Duration most, String what, String usage) {
    if (duration.compareTo(least) < 0) {
      throw new ArgumentProblem(what + " must be at least " + describe(least) + ".", usage);
    }
    if (duration.compareTo(most) > 0) {
      throw new ArgumentProblem(what + " can be at most " + describe(most) + ".", usage);
    }
    return duration;
  }

  /** A short text such as {@code 30 days} or {@code 90 minutes}. */
  static String describe(Duration duration) {
    if (duration.toHours() >= 24 && duration.toHoursPart() == 0 && duration.toMinutesPart() == 0) {
      return plural(duration.toDays(), "day");
    }
    if (duration.toMinutes() >= 60 && duration.toMinutesPart() == 0) {
      return plural(duration.toHours(), "hour");
    }
    return plural(duration.toMinutes(), "minute");
  }

  private static Duration iso(String word, String usage) {
    try {
      return Duration.parse(word.strip());
    } catch (DateTimeParseException e) {
      throw notADuration(word, usage);
    }
  }

  private static long number(Matcher matcher, int group) {
    String digits = matcher.group(group);
    return digits == null ? 0 : Long.parseLong(digits);
  }

  private static ArgumentProblem notADuration(String word, String usage) {
    return new ArgumentProblem(
        SafeText.quote(word)
            + " is not a duration; use minutes, hours, days or weeks "
            + FORMS
            + ".",
        usage);
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
