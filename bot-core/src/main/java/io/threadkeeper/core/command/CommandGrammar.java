package io.threadkeeper.core.command;

import io.threadkeeper.core.command.AsyncCommand.Ask;
import io.threadkeeper.core.command.AsyncCommand.AuditLog;
import io.threadkeeper.core.command.AsyncCommand.ForgetMe;
import io.threadkeeper.core.command.AsyncCommand.Help;
import io.threadkeeper.core.command.AsyncCommand.Hours;
import io.threadkeeper.core.command.AsyncCommand.Report;
import io.threadkeeper.core.command.AsyncCommand.Snooze;
import io.threadkeeper.core.command.AsyncCommand.TimeZone;
import io.threadkeeper.core.time.WorkingHours;
import io.threadkeeper.core.time.WorkingHoursFormatException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads the arguments that follow each subcommand name. Stateless and thread-safe; every problem is
 * an {@link ArgumentProblem} carrying the subcommand's usage.
 */
final class CommandGrammar {
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,6}");

  private CommandGrammar() {}

  static AsyncCommand read(Subcommand subcommand, ArgumentTokens args) {
    String usage = subcommand.usage();
    AsyncCommand command =
        switch (subcommand) {
          case HELP -> help(args);
          case ASK -> new Ask(args.nextIfAny().map(word -> date(word, usage)));
          case OWNER -> new AsyncCommand.Owner(MentionGrammar.read(args.nextIfAny(), usage));
          case RESOLVE -> new AsyncCommand.Resolve();
          case SUMMARY -> new AsyncCommand.Summary(args.rest());
          case MINE -> new AsyncCommand.Mine();
          case TIMEZONE -> timeZone(args, usage);
          case HOURS -> new Hours(hours(args.rest(), usage));
          case SNOOZE -> snooze(args, usage);
          case WHY -> new AsyncCommand.Why();
          case FORGET_ME -> forgetMe(args, usage);
          case REPORT -> new Report(args.nextIfAny().map(word -> isoWeek(word, usage)));
          case CONFIG -> ConfigGrammar.read(args);
          case ASSIGN -> new AsyncCommand.Assign(MentionGrammar.read(args.nextIfAny(), usage));
          case AUDIT_LOG -> auditLog(args, usage);
        };
    if (args.hasMore()) {
      throw ArgumentProblem.of(subcommand, tooMany(subcommand));
    }
    return command;
  }

  /** Reads working hours text, keeping the fault the time grammar names but not the input. */
  static WorkingHours hours(Optional<String> text, String usage) {
    String hours =
        text.orElseThrow(
            () ->
                new ArgumentProblem(
                    "Give the days and times, such as Mon-Fri 09:00-17:00.", usage));
    try {
      return WorkingHours.parse(hours);
    } catch (WorkingHoursFormatException e) {
      throw new ArgumentProblem(
          "Those hours do not read: " + SafeText.requoteFragments(e.problem()) + ".", usage);
    }
  }

  /** Reads a whole number of at most six digits within bounds. */
  static int number(String word, int least, int most, String what, String usage) {
    if (!SMALL_NUMBER.matcher(word).matches()) {
      throw new ArgumentProblem(
          SafeText.quote(word) + " is not a whole number; " + what + " takes a number.", usage);
    }
    int value = Integer.parseInt(word);
    if (value < least || value > most) {
      throw new ArgumentProblem(what + " must be " + least + " to " + most + ".", usage);
    }
    return value;
  }

  private static Help help(ArgumentTokens args) {
    Optional<String> topic = args.nextIfAny();
    if (topic.isPresent() && topic.get().equalsIgnoreCase("/async")) {
      // People copy the usage line, prefix and all: "help /async snooze".
      topic = args.nextIfAny();
    }
    return topic
        .map(word -> word.startsWith("/") ? word.substring(1) : word)
        .map(word -> new Help(Optional.of(subcommandNamed(word))))
        .orElse(Help.ALL);
  }

  static Subcommand subcommandNamed(String word) {
    return Subcommand.named(word)
        .orElseThrow(() -> new ArgumentProblem(unknownSubcommand(word), generalUsage()));
  }

  static String unknownSubcommand(String word) {
    Optional<String> closest = ClosestName.among(word, Subcommand.names(), 3);
    return SafeText.quote(word)
        + " is not an /async command."
        + closest.map(name -> " Did you mean " + name + "?").orElse("");
  }

  static String generalUsage() {
    return "Usage: /async <command> [arguments] — commands: "
        + String.join(", ", Subcommand.names())
        + "; /async help <command> explains one";
  }

  private static LocalDate date(String word, String usage) {
    try {
      return LocalDate.parse(word.strip());
    } catch (DateTimeParseException e) {
      throw new ArgumentProblem(
          SafeText.quote(word) + " is not a date; write the due date as YYYY-MM-DD.", usage);
    }
  }

  private static TimeZone timeZone(ArgumentTokens args, String usage) {
    String word =
        args.nextIfAny()
            .orElseThrow(() -> new ArgumentProblem("Name a time zone, or auto.", usage));
    return word.equalsIgnoreCase("auto")
        ? TimeZone.AUTO
        : new TimeZone(Optional.of(ZoneGrammar.read(word, usage)));
  }

  private static Snooze snooze(ArgumentTokens args, String usage) {
    String word =
        args.nextIfAny()
            .orElseThrow(
                () -> new ArgumentProblem("Say how long, " + DurationGrammar.FORMS + ".", usage));
    Duration duration = DurationGrammar.read(word, DurationGrammar.Scale.CALENDAR, usage);
    DurationGrammar.within(duration, Snooze.SHORTEST, Snooze.LONGEST, "A snooze", usage);
    return new Snooze(duration, args.rest());
  }

  private static ForgetMe forgetMe(ArgumentTokens args, String usage) {
    Optional<String> word = args.nextIfAny();
    if (word.isPresent() && !word.get().equalsIgnoreCase("confirm")) {
      throw new ArgumentProblem(
          "forget-me takes only the word confirm; run it without to see what would be erased.",
          usage);
    }
    return new ForgetMe(word.isPresent());
  }

  private static IsoWeek isoWeek(String word, String usage) {
    try {
      return IsoWeek.parse(word);
    } catch (IllegalArgumentException e) {
      throw new ArgumentProblem(
          SafeText.quote(word) + " is not an ISO week; write it as YYYY-Www, such as 2026-W47.",
          usage);
    }
  }

  private static AuditLog auditLog(ArgumentTokens args, String usage) {
    return new AuditLog(
        args.nextIfAny()
            .map(word -> OptionalInt.of(number(word, 1, AuditLog.MAX_LIMIT, "The limit", usage)))
            .orElse(OptionalInt.empty()));
  }

  private static String tooMany(Subcommand subcommand) {
    return switch (subcommand) {
      case OWNER, ASSIGN -> "A thread has one owner: pick a single person.";
      case RESOLVE, MINE, WHY -> subcommand.commandName() + " takes no arguments.";
      default ->
          subcommand.commandName().toLowerCase(Locale.ROOT) + " has more words than it takes.";
    };
  }
}
