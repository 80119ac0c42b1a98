package io.threadkeeper.core.norms;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /async} commands the norms act on, read from a command's arguments: {@code snooze
 * <2d|4h|2026-03-10> <reason>} and {@code due <2026-03-05|2026-03-05T15:00>}. Dates are local to
 * whoever runs the command.
 */
public sealed interface NormsCommand permits NormsCommand.SnoozeFor, NormsCommand.DueBy {

  /** Put the ladder off, either for a while ({@code for}) or until a local date ({@code until}). */
  record SnoozeFor(Duration length, LocalDate until, String reason) implements NormsCommand {}

  /** An explicit due time; {@code time} is {@code null} when only a date was given. */
  record DueBy(LocalDate date, LocalDateTime time) implements NormsCommand {}

  Pattern SNOOZE = Pattern.compile("(?i)snooze\\s+(\\S+)\\s+(.*\\S)\\s*");
  Pattern DUE = Pattern.compile("(?i)due\\s+(\\S+)\\s*");
  Pattern LENGTH = Pattern.compile("(?i)(\\d{1,3})([dh])");

  /** The command in {@code arguments}, or empty when it is not one of ours or is malformed. */
  static Optional<NormsCommand> parse(String arguments) {
    String text = arguments == null ? "" : arguments.strip();
    Matcher snooze = SNOOZE.matcher(text);
    if (snooze.matches()) {
      return snoozeFor(snooze.group(1), snooze.group(2));
    }
    Matcher due = DUE.matcher(text);
    return due.matches() ? dueBy(due.group(1)) : Optional.empty();
  }

  private static Optional<NormsCommand> snoozeFor(String spec, String reason) {
    Matcher length = LENGTH.matcher(spec);
    if (length.matches()) {
      long amount = Long.parseLong(length.group(1));
      boolean days = length.group(2).toLowerCase(Locale.ROOT).equals("d");
      Duration duration = days ? Duration.ofDays(amount) : Duration.ofHours(amount);
      return amount == 0 ? Optional.empty() : Optional.of(new SnoozeFor(duration, null, reason));
    }
    try {
      return Optional.of(new SnoozeFor(null, LocalDate.parse(spec), reason));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<NormsCommand> dueBy(String spec) {
    try {
      if (spec.contains("T")) {
        LocalDateTime time = LocalDateTime.parse(spec);
        return Optional.of(new DueBy(time.toLocalDate(), time));
      }
      return Optional.of(new DueBy(LocalDate.parse(spec), null));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
