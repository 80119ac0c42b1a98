package io.threadkeeper.discord;

import io.threadkeeper.core.command.CommandHelp;
import io.threadkeeper.core.command.Subcommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a slash-command invocation as the text after {@code /async} that the core's grammar reads,
 * e.g. {@code snooze 2d "waiting for the venue"}: the desk receives the same arguments from Slack
 * and Discord. Options go in the order the grammar reads them; a value with spaces is quoted unless
 * it is the last word (the grammar reads the rest as typed); a user option becomes a mention; a
 * true boolean becomes its name. Options this build does not know are appended as {@code
 * name:value} so that the grammar, not the adapter, rejects them. Stateless and thread-safe.
 */
final class CommandArguments {
  private CommandArguments() {}

  /**
   * @param path the subcommand, with its group first ({@code snooze}, {@code config urgent})
   * @param options option values by name, as Discord sent them (user options carry the id)
   */
  static String of(String path, Map<String, String> options) {
    List<String> words = new ArrayList<>(List.of(path.strip().split("\\s+")));
    Map<String, String> rest = new LinkedHashMap<>(options);
    Optional<Subcommand> subcommand = Subcommand.named(words.get(0));
    List<String> values = new ArrayList<>();
    subcommand.ifPresent(
        s -> {
          for (String name : CommandHelp.discordOptions(s)) {
            Optional.ofNullable(rest.remove(name))
                .flatMap(value -> word(name, value))
                .ifPresent(values::add);
          }
        });
    rest.forEach((name, value) -> values.add(name + ":" + value));
    for (int i = 0; i < values.size(); i++) {
      boolean last = i == values.size() - 1;
      words.add(last ? values.get(i) : quoted(values.get(i)));
    }
    return String.join(" ", words);
  }

  private static Optional<String> word(String name, String value) {
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    return switch (name) {
      case "member" ->
          Optional.of(stripped.matches("\\d{15,21}") ? "<@" + stripped + ">" : stripped);
      case "confirm" -> Boolean.parseBoolean(stripped) ? Optional.of(name) : Optional.empty();
      default -> Optional.of(stripped);
    };
  }

  private static String quoted(String value) {
    return value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
  }
}
