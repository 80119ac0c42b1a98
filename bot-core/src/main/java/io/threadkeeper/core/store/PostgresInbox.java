package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The inbox on PostgreSQL: one short {@code INSERT … ON CONFLICT DO NOTHING} per event.
 *
 * <p>Thread-safe.
 */
public final class PostgresInbox implements Inbox {
  private static final String INSERT =
      """
      insert into inbox (workspace_key, event_key, event_type, payload, transient_text,
                         occurred_at, received_at)
      values (:workspace, :key, :type, cast(:payload as jsonb), :text, :occurredAt, :receivedAt)
      on conflict (workspace_key, event_key) do nothing
      """;

  private final Jdbi jdbi;
  private final EventCodec codec;
  private final Clock clock;
  private final Runnable onAccepted;

  /**
   * @param onAccepted called after a new event was stored, e.g. to wake the processor
   */
  public PostgresInbox(Jdbi jdbi, EventCodec codec, Clock clock, Runnable onAccepted) {
    this.jdbi = jdbi;
    this.codec = codec;
    this.clock = clock;
    this.onAccepted = onAccepted;
  }

  @Override
  public boolean accept(ChatEvent event) {
    boolean isNew;
    try {
      isNew = jdbi.withHandle(handle -> bind(handle.createUpdate(INSERT), event).execute() == 1);
    } catch (JdbiException e) {
      throw new InboxUnavailableException(
          "could not store " + event.type() + " " + event.key() + " in the inbox", e);
    }
    if (isNew) {
      onAccepted.run();
    }
    return isNew;
  }

  /**
   * Stores many events inside the caller's transaction, e.g. a whole export at once, so that a
   * failure half-way leaves nothing behind.
   *
   * @return how many were new
   */
  public int acceptAll(Handle handle, Collection<? extends ChatEvent> events) {
    if (events.isEmpty()) {
      return 0;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT);
    for (ChatEvent event : events) {
      bind(batch, event).add();
    }
    int inserted = 0;
    for (int count : batch.execute()) {
      inserted += count;
    }
    return inserted;
  }

  private <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bind(S statement, ChatEvent e) {
    EventCodec.Encoded encoded = codec.encode(e);
    return statement
        .bind("workspace", e.workspace().key())
        .bind("key", e.key().value())
        .bind("type", encoded.type())
        .bind("payload", encoded.payload())
        .bind("text", encoded.text())
        .bind("occurredAt", OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC))
        .bind("receivedAt", OffsetDateTime.now(clock));
  }
}
