package io.threadkeeper.core.outbox;

import io.threadkeeper.core.norms.Explanation;
import java.util.Objects;

/**
 * Why a message is sent: the effect that asked for it and the explanation a member sees when they
 * ask "why?".
 *
 * @param effect the effect's kind, e.g. {@code reminder}, {@code pressure_nudge}
 * @param recipientZone the zone the message's times are written in
 */
public record Purpose(String effect, Explanation explanation, String recipientZone) {
  public Purpose {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(recipientZone, "recipientZone");
  }
}
