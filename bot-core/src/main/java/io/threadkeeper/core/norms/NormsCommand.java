package io.threadkeeper.core.norms;

import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.ParseOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the norms act on in a command or form: a snooze read by the one {@code /async} grammar
 * ({@link AsyncCommandParser}), and an explicit due date from the {@code ask} form's due field.
 * Dates are local to whoever gave them.
 */
public sealed interface NormsCommand permits NormsCommand.SnoozeFor, NormsCommand.DueBy {

  /** Put the ladder off for {@code length} of calendar time, for {@code reason}. */
  record SnoozeFor(Duration length, String reason) implements NormsCommand {}

  /** An explicit due time; {@code time} is {@code null} when only a date was given. */
  record DueBy(LocalDate date, LocalDateTime time) implements NormsCommand {}

  /** The norms' part of {@code /async} arguments, or empty when they do not concern the norms. */
  static Optional<NormsCommand> parse(String arguments) {
    return new AsyncCommandParser().parse(arguments) instanceof ParseOutcome.Parsed parsed
        ? of(parsed.command())
        : Optional.empty();
  }

  /**
   * The norms' part of a parsed command, or empty when it does not concern the norms. A snooze
   * without a reason is not taken: the reason is what the late reminder later explains.
   */
  static Optional<NormsCommand> of(AsyncCommand command) {
    if (command instanceof AsyncCommand.Snooze snooze && snooze.reason().isPresent()) {
      return Optional.of(new SnoozeFor(snooze.duration(), snooze.reason().get()));
    }
    return Optional.empty();
  }

  /** Reads a form's due field: {@code 2026-03-05} or {@code 2026-03-05T15:00}. */
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
