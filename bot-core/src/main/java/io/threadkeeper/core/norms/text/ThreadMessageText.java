package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a thread as the summary skeleton reads it; the text is held in memory only.
 *
 * @param text the message text in the platform's markup
 */
public record ThreadMessageText(MemberId author, Instant at, String text) {
  public ThreadMessageText {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    text = text == null ? "" : text;
  }
}
