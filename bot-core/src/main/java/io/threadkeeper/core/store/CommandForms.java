package io.threadkeeper.core.store;

import io.threadkeeper.core.port.CommandReply;
import io.threadkeeper.core.port.CommandReply.FormField;
import io.threadkeeper.core.port.CommandReply.FormRequest;
import io.threadkeeper.core.port.MessageBody;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The forms {@code /async ask} and {@code /async summary} open, and their field ids. Stateless. */
final class CommandForms {
  static final String ASK_SUBMIT = "ask.submit";
  static final String SUMMARY_SUBMIT = "summary.submit";
  static final String BACKGROUND = "background";
  static final String DECISION = "decision";
  static final String OWNER = "owner";
  static final String DUE = "due";
  static final String SUMMARY_TEXT = "text";

  /**
   * The summary skeleton is not known at the desk (it is read from message text in memory, which is
   * not kept), so the form is prefilled with the four headings a summary needs.
   */
  static final String SUMMARY_TEMPLATE = "Decision: …\nNext steps: …\nOwner: …\nDue: …";

  private CommandForms() {}

  static CommandReply ask(Optional<LocalDate> due) {
    FormRequest form =
        new FormRequest(
            ASK_SUBMIT,
            "Ask for a decision",
            List.of(
                new FormField(BACKGROUND, "Background", true, true, ""),
                new FormField(DECISION, "Decision needed", true, true, ""),
                new FormField(OWNER, "Owner (pick a person)", false, true, ""),
                new FormField(
                    DUE,
                    "Due date (YYYY-MM-DD)",
                    false,
                    true,
                    due.map(LocalDate::toString).orElse(""))));
    return new CommandReply(MessageBody.text("Opening the request form…"), Optional.of(form));
  }

  /** Submitted unchanged or empty, the form marks the invoker's latest reply instead. */
  static CommandReply summary() {
    FormRequest form =
        new FormRequest(
            SUMMARY_SUBMIT,
            "Summarise this thread",
            List.of(new FormField(SUMMARY_TEXT, "Summary", true, false, SUMMARY_TEMPLATE)));
    return new CommandReply(MessageBody.text("Opening the summary form…"), Optional.of(form));
  }
}
