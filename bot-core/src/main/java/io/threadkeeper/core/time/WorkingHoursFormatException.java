package io.threadkeeper.core.time;

/**
 * Working hours text that does not follow the grammar; the message names the fault and the form.
 */
public final class WorkingHoursFormatException extends IllegalArgumentException {
  static final String EXPECTED =
      "expected a form such as \"Mon-Fri 09:00-17:00\""
          + " or \"Mon,Wed,Fri 08:00-12:00,13:00-17:00; Sat 10:00-14:00\"";

  private final String input;
  private final String problem;

  WorkingHoursFormatException(String input, String problem) {
    super("invalid working hours \"" + input + "\": " + problem + "; " + EXPECTED);
    this.input = input;
    this.problem = problem;
  }

  /** The text that was parsed. */
  public String input() {
    return input;
  }

  /** What was wrong with it, without the reminder of the expected form. */
  public String problem() {
    return problem;
  }
}
