package io.threadkeeper.core.command;

/**
 * Thrown inside the grammar when arguments do not read; the parser turns it into a {@link
 * ParseOutcome.Rejected}, so it never leaves this package.
 */
final class ArgumentProblem extends RuntimeException {
  private final String usage;

  ArgumentProblem(String problem, String usage) {
    // No stack trace: this is an expected outcome of reading member input, not a fault.
    super(problem, null, false, false);
    this.usage = usage;
  }

  static ArgumentProblem of(Subcommand subcommand, String problem) {
    return new ArgumentProblem(problem, subcommand.usage());
  }

  static ArgumentProblem of(ConfigKey key, String problem) {
    return new ArgumentProblem(problem, key.usage());
  }

  ParseOutcome.Rejected rejected() {
    return new ParseOutcome.Rejected(getMessage(), usage);
  }
}
