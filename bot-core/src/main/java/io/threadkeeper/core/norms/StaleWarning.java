package io.threadkeeper.core.norms;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning to a thread's owner that the thread has been quiet for a while and will be set aside
 * unless something happens.
 *
 * @param setAsideAt when the thread will be marked stale if it stays quiet
 */
public record StaleWarning(Envelope envelope, Instant lastActivityAt, Instant setAsideAt)
    implements Effect {
  public StaleWarning {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    Objects.requireNonNull(setAsideAt, "setAsideAt");
  }
}
