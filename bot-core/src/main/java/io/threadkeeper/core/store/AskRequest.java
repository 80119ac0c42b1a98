package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submitted {@code ask} form: background, decision needed, owner and due date, checked.
 *
 * @param owner the platform user id the form's person picker gave (a bare id or mention markup)
 */
record AskRequest(String background, String decision, MemberId owner, LocalDate due) {
  static final int MAX_FIELD = 3_000;
  private static final Pattern PERSON = Pattern.compile("<?@?([A-Za-z0-9]{1,40})(\\|[^>]*)?>?");

  /** Thrown with a sentence the member can act on. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads the form's values.
   *
   * @throws Problem naming the field that is missing or does not read
   */
  static AskRequest read(Map<String, String> values) {
    String background = text(values, CommandForms.BACKGROUND, "the background");
    String decision = text(values, CommandForms.DECISION, "the decision needed");
    Matcher person = PERSON.matcher(text(values, CommandForms.OWNER, "an owner"));
    if (!person.matches()) {
      throw new Problem("Pick the owner with the person picker.");
    }
    try {
      LocalDate due = LocalDate.parse(text(values, CommandForms.DUE, "a due date"));
      return new AskRequest(background, decision, new MemberId(person.group(1)), due);
    } catch (DateTimeParseException e) {
      throw new Problem("Write the due date as YYYY-MM-DD, e.g. 2026-11-20.");
    }
  }

  private static String text(Map<String, String> values, String field, String what) {
    String value = values.getOrDefault(field, "").strip();
    if (value.isEmpty()) {
      throw new Problem("Please fill in " + what + ".");
    }
    if (value.length() > MAX_FIELD) {
      throw new Problem("Please keep " + what + " under 3,000 characters.");
    }
    return value;
  }
}
