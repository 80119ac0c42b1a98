package io.threadkeeper.core.norms;

import java.time.Instant;
import java.util.Objects;

/** A heads-up to a thread's owner that its reply window is mostly used up. */
public record DueSoonWarning(Envelope envelope, Instant dueAt) implements Effect {
  public DueSoonWarning {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
