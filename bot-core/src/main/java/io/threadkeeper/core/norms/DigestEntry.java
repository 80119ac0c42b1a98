package io.threadkeeper.core.norms;

import java.util.Objects;

/**
 * A message that would have gone out on its own but was folded into the recipient's digest, because
 * their reminder budget for the week is used up.
 *
 * @param folded the effect that was folded, as it would have been sent
 */
public record DigestEntry(Envelope envelope, Effect folded) implements Effect {
  public DigestEntry {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(folded, "folded");
    if (folded instanceof DigestEntry) {
      throw new IllegalArgumentException("a digest entry does not fold another digest entry");
    }
  }
}
