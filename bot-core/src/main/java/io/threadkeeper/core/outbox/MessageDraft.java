package io.threadkeeper.core.outbox;

import java.util.List;
import java.util.Objects;

/**
 * A message the bot will send, in platform-neutral terms: adapters render it as Block Kit or as a
 * Discord embed. Mentions are written {@code <@ID>}, which both platforms understand.
 */
public record MessageDraft(String title, String text, List<Button> buttons) {
  public MessageDraft {
    Objects.requireNonNull(text, "text");
    buttons = List.copyOf(buttons);
  }

  /** A button; {@code action} comes back in the interaction. */
  public record Button(String action, String label, String value) {
    public Button {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(label, "label");
      value = value == null ? "" : value;
    }
  }
}
