package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * A single note to the channel's moderators that a thread is still unanswered one more window after
 * it was due; sent once, never repeated.
 */
public record Escalation(Envelope envelope, MemberId owner, Instant dueAt) implements Effect {
  public Escalation {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
