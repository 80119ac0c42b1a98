package io.threadkeeper.core.store;

import io.threadkeeper.core.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes messages to send into the outbox, inside the transaction of the change that decided them,
 * so that a message is sent if and only if that change committed.
 *
 * <p>Thread-safe.
 */
public final class Outbox {
  private final Clock clock;
  private static final String INSERT =
      ClasspathSqlLocator.create().locate(OutboxStore.class, "insert");

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
    return enqueueAll(handle, List.of(entry)).get(0);
  }

  /**
   * Adds rows in {@code handle}'s transaction, in one round trip.
   *
   * @return their outbox ids, in order
   * @throws IllegalArgumentException when an entry's workspace is not stored
   */
  public List<Long> enqueueAll(Handle handle, List<OutboxEntry> entries) {
    Instant now = clock.instant();
    PreparedBatch batch = handle.prepareBatch(INSERT);
    for (OutboxEntry entry : entries) {
      batch
          .bind("platform", entry.workspace().platform().key())
          .bind("externalId", entry.workspace().externalId())
          .bind("kind", OutboxRow.kindOf(entry.delivery()))
          .bind("channel", entry.channel() == null ? null : entry.channel().value())
          .bind("recipient", entry.recipient() == null ? null : entry.recipient().value())
          .bind("threadRoot", entry.threadRoot() == null ? null : entry.threadRoot().value())
          .bind("payload", json.encode(entry.body()))
          .bind("state", entry.shadowed() ? "shadowed" : "pending")
          .bind("notBefore", entry.notBefore())
          .bind("correlationId", entry.correlationId())
          .bind("purpose", entry.purpose() == null ? null : entry.purpose().effect())
          .bind("explanation", entry.purpose() == null ? null : json.encodePurpose(entry.purpose()))
          .bind("now", now)
          .add();
    }
    List<Long> ids = batch.executePreparedBatch("id").mapTo(Long.class).list();
    if (ids.size() != entries.size()) {
      // The insert selects the workspace's row: an entry without one inserts nothing.
      throw new IllegalArgumentException("unknown workspace among " + workspaces(entries));
    }
    return ids;
  }

  private static String workspaces(List<OutboxEntry> entries) {
    return entries.stream().map(e -> e.workspace().key()).distinct().toList().toString();
  }
}
