package io.threadkeeper.core.store;

import io.threadkeeper.core.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Writes messages to send into the outbox, inside the transaction of the change that decided them,
 * so that a message is sent if and only if that change committed.
 *
 * <p>Thread-safe.
 */
public final class Outbox {
  private final Clock clock;
  private final MessageBodyJson json = new MessageBodyJson();

  public Outbox(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds a row in {@code handle}'s transaction: pending, or shadowed (recorded, never sent).
   *
   * @return the outbox id
   * @throws IllegalArgumentException when the entry's workspace is not stored
   */
  public long enqueue(Handle handle, OutboxEntry entry) {
    Instant now = clock.instant();
    return handle
        .attach(OutboxStore.class)
        .insert(
            entry.workspace().platform().key(),
            entry.workspace().externalId(),
            OutboxRow.kindOf(entry.delivery()),
            entry.channel() == null ? null : entry.channel().value(),
            entry.recipient() == null ? null : entry.recipient().value(),
            entry.threadRoot() == null ? null : entry.threadRoot().value(),
            json.encode(entry.body()),
            entry.shadowed() ? "shadowed" : "pending",
            entry.notBefore(),
            entry.correlationId(),
            entry.purpose() == null ? null : entry.purpose().effect(),
            entry.purpose() == null ? null : json.encodePurpose(entry.purpose()),
            now)
        .orElseThrow(
            () -> new IllegalArgumentException("unknown workspace " + entry.workspace().key()));
  }
}
