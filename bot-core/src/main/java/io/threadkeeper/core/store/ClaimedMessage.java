package io.threadkeeper.core.store;

import io.threadkeeper.core.port.OutboundMessage;
import java.time.Instant;

/**
 * An outbox row this node marked in flight.
 *
 * @param claimedAt the claim's instant, which guards every later update of the row
 * @param attempts sends of this row including the current one
 */
record ClaimedMessage(OutboundMessage message, Instant claimedAt, int attempts) {
  long id() {
    return message.outboxId();
  }

  /** Whether an earlier send of this row may have reached the platform. */
  boolean triedBefore() {
    return attempts > 1;
  }
}
