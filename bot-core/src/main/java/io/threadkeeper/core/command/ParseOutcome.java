package io.threadkeeper.core.command;

import java.util.Objects;

/** What became of {@code /async} arguments: a command to run, or a problem to show the member. */
public sealed interface ParseOutcome {

  /** The arguments read as {@code command}. */
  record Parsed(AsyncCommand command) implements ParseOutcome {
    public Parsed {
      Objects.requireNonNull(command, "command");
    }
  }

  /**
   * The arguments did not read.
   *
   * @param problem what was wrong, quoting at most a short sanitised token of the input; mention
   *     markup and {@code @everyone}/{@code @here}/{@code @channel} are defanged here as a last
   *     line of defence, since the text goes back into the channel
   * @param usage the right form of the subcommand, with an example
   */
  record Rejected(String problem, String usage) implements ParseOutcome {
    public Rejected {
      problem = SafeText.defang(requireText(problem, "problem"));
      usage = SafeText.defang(requireText(usage, "usage"));
    }

    private static String requireText(String text, String what) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      return text;
    }
  }
}
