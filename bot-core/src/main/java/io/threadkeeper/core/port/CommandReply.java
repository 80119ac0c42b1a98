package io.threadkeeper.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The immediate answer to a command or interaction, shown only to the member who sent it.
 *
 * @param body what to show now
 * @param form a form to open instead of (Slack modal, Discord modal), for {@code ask} and {@code
 *     summary}; the adapter opens it with the trigger it received
 */
public record CommandReply(MessageBody body, Optional<FormRequest> form) {
  public CommandReply {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(form, "form");
  }

  public static CommandReply text(String text) {
    return new CommandReply(MessageBody.text(text), Optional.empty());
  }

  /** A form the adapter opens as a modal; its submission comes back as an interaction. */
  public record FormRequest(String formId, String title, java.util.List<FormField> fields) {
    public FormRequest {
      Objects.requireNonNull(formId, "formId");
      Objects.requireNonNull(title, "title");
      fields = java.util.List.copyOf(fields);
    }
  }

  /**
   * One input of a form.
   *
   * @param multiline a paragraph rather than a single line
   * @param initialValue prefilled text, e.g. the summary skeleton; may be empty
   */
  public record FormField(
      String id, String label, boolean multiline, boolean required, String initialValue) {
    public FormField {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      initialValue = initialValue == null ? "" : initialValue;
    }
  }
}
