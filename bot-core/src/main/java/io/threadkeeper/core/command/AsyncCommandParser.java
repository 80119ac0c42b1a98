package io.threadkeeper.core.command;

import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code /async} arguments into an {@link AsyncCommand}, from Slack text or from Discord
 * options, with one grammar. Never throws on member input: whatever does not read becomes a {@link
 * ParseOutcome.Rejected} that names the problem and shows the usage. Stateless and thread-safe.
 */
public final class AsyncCommandParser {
  /** Longer arguments are rejected before any reading. */
  public static final int MAX_ARGUMENT_LENGTH = 2_000;

  /**
   * Reads the text after {@code /async}, such as {@code snooze 2d "waiting for the venue"}. Empty
   * text is {@code help}.
   */
  public ParseOutcome parse(String arguments) {
    String text = arguments == null ? "" : arguments;
    if (text.length() > MAX_ARGUMENT_LENGTH) {
      return tooLong();
    }
    try {
      ArgumentTokens words = ArgumentTokens.split(text, usageOfFirstWord(text));
      return new ParseOutcome.Parsed(read(words));
    } catch (ArgumentProblem problem) {
      return problem.rejected();
    }
  }

  /**
   * Reads a Discord slash-command invocation: {@code subcommand} is the subcommand, with its group
   * first when it has one ({@code snooze}, {@code config reply-window}); {@code options} maps
   * option names to their string values. Option names are those in {@link
   * CommandHelp#discordOptions}: user options carry the user id, boolean options {@code true} or
   * {@code false}.
   */
  public ParseOutcome parseOptions(String subcommand, Map<String, String> options) {
    Map<String, String> given = options == null ? Map.of() : options;
    String path = subcommand == null ? "" : subcommand.strip();
    if (path.isEmpty()) {
      return new ParseOutcome.Rejected("Choose a subcommand.", CommandGrammar.generalUsage());
    }
    if (length(path, given) > MAX_ARGUMENT_LENGTH) {
      return tooLong();
    }
    try {
      return new ParseOutcome.Parsed(read(OptionArguments.words(path, given)));
    } catch (ArgumentProblem problem) {
      return problem.rejected();
    }
  }

  private static AsyncCommand read(ArgumentTokens words) {
    Optional<String> name = words.nextIfAny();
    if (name.isEmpty()) {
      return AsyncCommand.Help.ALL;
    }
    Subcommand subcommand = CommandGrammar.subcommandNamed(name.get());
    return CommandGrammar.read(subcommand, words);
  }

  /** The usage to show when the words cannot even be split, as with an unclosed quote. */
  private static String usageOfFirstWord(String text) {
    String[] words = text.strip().split("\\s+", 2);
    return Subcommand.named(words[0]).map(Subcommand::usage).orElse(CommandGrammar.generalUsage());
  }

  private static long length(String path, Map<String, String> options) {
    long length = path.length();
    for (Map.Entry<String, String> option : options.entrySet()) {
      length +=
          String.valueOf(option.getKey()).length() + String.valueOf(option.getValue()).length();
    }
    return length;
  }

  private static ParseOutcome tooLong() {
    return new ParseOutcome.Rejected(
        "That is too long: /async arguments are limited to 2,000 characters.",
        CommandGrammar.generalUsage());
  }
}
