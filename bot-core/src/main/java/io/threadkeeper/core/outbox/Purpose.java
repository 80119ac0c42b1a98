package io.threadkeeper.core.outbox;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.Explanation;
import java.util.Objects;

/**
 * Why a message is sent: the effect that asked for it and the explanation a member sees when they
 * ask "why?".
 *
 * @param effect the effect's kind, e.g. {@code reminder}, {@code pressure_nudge}
 * @param recipientZone the zone the message's times are written in
 * @param channel the channel of the thread it is about, also for a direct message
 * @param thread the root of the thread it is about, or {@code null}
 */
public record Purpose(
    String effect,
    Explanation explanation,
    String recipientZone,
    ChannelId channel,
    MessageKey thread) {
  public Purpose {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(recipientZone, "recipientZone");
  }
}
