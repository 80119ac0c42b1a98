package io.threadkeeper.core.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a Discord slash-command invocation (subcommand path and named option values) into the same
 * words the text grammar reads, so both platforms share one grammar. Stateless and thread-safe.
 */
final class OptionArguments {
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");

  /** How an option's value becomes words. */
  private enum Kind {
    /** The value is one word, spaces and all. */
    TEXT,
    /** A user option: Discord gives the bare id, which becomes a mention. */
    MEMBER,
    /** A boolean: true adds the option's name as a word, false adds nothing. */
    FLAG
  }

  private record Option(String name, Kind kind) {}

  private OptionArguments() {}

  /** The options each subcommand takes, in the order the text grammar reads them. */
  static List<String> optionNames(Subcommand subcommand) {
    return options(subcommand).stream().map(Option::name).toList();
  }

  /**
   * The words for {@code path} (such as {@code snooze} or {@code config reply-window}) and its
   * options.
   *
   * @throws ArgumentProblem for an unknown subcommand, an unknown option, or a gap before a given
   *     option
   */
  static ArgumentTokens words(String path, Map<String, String> options) {
    List<String> words = new ArrayList<>(List.of(path.strip().split("\\s+")));
    Subcommand subcommand = CommandGrammar.subcommandNamed(words.get(0));
    Map<String, String> given = lowerCaseKeys(options);
    List<Option> expected = options(subcommand);
    for (String name : given.keySet()) {
      if (expected.stream().noneMatch(option -> option.name().equals(name))) {
        throw ArgumentProblem.of(
            subcommand,
            "/async " + subcommand.commandName() + " has no option " + SafeText.quote(name) + ".");
      }
    }
    String missing = null;
    for (Option option : expected) {
      Optional<String> value = Optional.ofNullable(given.get(option.name())).map(String::strip);
      if (value.isEmpty() || value.get().isEmpty()) {
        missing = missing == null ? option.name() : missing;
      } else if (missing != null) {
        throw ArgumentProblem.of(subcommand, "The option " + missing + " is missing.");
      } else {
        asWord(option, value.get()).ifPresent(words::add);
      }
    }
    return ArgumentTokens.of(words);
  }

  private static Optional<String> asWord(Option option, String value) {
    return switch (option.kind()) {
      case TEXT -> Optional.of(value);
      case MEMBER -> Optional.of(SNOWFLAKE.matcher(value).matches() ? "<@" + value + ">" : value);
      case FLAG -> Boolean.parseBoolean(value) ? Optional.of(option.name()) : Optional.empty();
    };
  }

  private static List<Option> options(Subcommand subcommand) {
    return switch (subcommand) {
      case HELP -> List.of(new Option("topic", Kind.TEXT));
      case ASK -> List.of(new Option("due", Kind.TEXT));
      case OWNER, ASSIGN -> List.of(new Option("member", Kind.MEMBER));
      case SUMMARY -> List.of(new Option("text", Kind.TEXT));
      case TIMEZONE -> List.of(new Option("zone", Kind.TEXT));
      case HOURS -> List.of(new Option("hours", Kind.TEXT));
      case SNOOZE -> List.of(new Option("duration", Kind.TEXT), new Option("reason", Kind.TEXT));
      case FORGET_ME -> List.of(new Option("confirm", Kind.FLAG));
      case REPORT -> List.of(new Option("week", Kind.TEXT));
      case CONFIG -> List.of(new Option("value", Kind.TEXT));
      case AUDIT_LOG -> List.of(new Option("limit", Kind.TEXT));
      case RESOLVE, MINE, WHY -> List.of();
    };
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> options) {
    Map<String, String> lower = new HashMap<>();
    options.forEach(
        (name, value) -> {
          if (name != null) {
            lower.put(name.strip().toLowerCase(Locale.ROOT), value);
          }
        });
    return lower;
  }
}
