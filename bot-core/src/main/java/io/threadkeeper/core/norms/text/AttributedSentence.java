package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.MemberId;
import java.util.Objects;

/** A sentence taken from a thread, with who wrote it. */
public record AttributedSentence(MemberId author, String text) {
  public AttributedSentence {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("sentence must not be blank");
    }
  }
}
