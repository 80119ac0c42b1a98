package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MessageKey;
import java.util.Objects;

/**
 * A private (ephemeral) nudge to the author of a message that pressed for an immediate answer
 * outside an urgent channel; the message itself is never touched.
 *
 * @param message the message that fired it
 * @param rewording a suggested async rewording, possibly empty
 */
public record PressureNudge(Envelope envelope, MessageKey message, String rewording)
    implements Effect {
  public PressureNudge {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(message, "message");
    rewording = rewording == null ? "" : rewording;
  }
}
