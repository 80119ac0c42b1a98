package io.threadkeeper.core.norms;

import java.time.Instant;
import java.util.Objects;

/** A reminder to a thread's owner that its reply window ended without a reply. */
public record Reminder(Envelope envelope, Instant dueAt) implements Effect {
  public Reminder {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
