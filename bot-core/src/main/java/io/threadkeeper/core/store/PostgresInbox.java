package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The inbox on PostgreSQL. Concurrent accepts are committed together: while one group of events is
 * being written, the events that arrive queue up, and the next caller to find the writer free
 * writes all of them (up to {@value #MAX_GROUP}) with one {@code INSERT … ON CONFLICT DO NOTHING}
 * in one transaction (see {@link GroupCommit} for why a caller leads rather than a thread of the
 * inbox's own). A lone accept writes at once on its own thread; under load, one commit serves many
 * adapters' deliveries. A failed group fails each of its callers, and stores none of its events.
 *
 * <p>Thread-safe. Owns no thread, so there is nothing to close.
 */
public final class PostgresInbox implements Inbox {
  /** Large enough to absorb a burst in one commit, small enough to keep one commit short. */
  static final int MAX_GROUP = 500;

  private final Jdbi jdbi;
  private final EventCodec codec;
  private final Clock clock;
  private final Runnable onAccepted;
  private final GroupCommit<InboxRows.Row> groups;

  /**
   * @param onAccepted called after a new event was stored, e.g. to wake the processor
   */
  public PostgresInbox(Jdbi jdbi, EventCodec codec, Clock clock, Runnable onAccepted) {
    this.jdbi = jdbi;
    this.codec = codec;
    this.clock = clock;
    this.onAccepted = onAccepted;
    this.groups = new GroupCommit<>(MAX_GROUP, this::writeGroup);
  }

  @Override
  public boolean accept(ChatEvent event) {
    // Encoded here, on the caller's thread: an event that cannot be encoded fails alone, and the
    // group's writer only writes.
    InboxRows.Row row = row(event);
    boolean isNew;
    try {
      isNew = groups.submit(row);
    } catch (JdbiException e) {
      throw unavailable(event, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(event, e);
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
    List<InboxRows.Row> rows = events.stream().map(this::row).toList();
    return (int) InboxRows.insert(handle, rows).stream().filter(isNew -> isNew).count();
  }

  /** How many accepts wait for the group in progress to commit. */
  int queued() {
    return groups.queued();
  }

  private List<Boolean> writeGroup(List<InboxRows.Row> rows) {
    // One statement in autocommit is one transaction, without BEGIN and COMMIT round trips.
    return jdbi.withHandle(handle -> InboxRows.insert(handle, rows));
  }

  private InboxRows.Row row(ChatEvent event) {
    EventCodec.Encoded encoded = codec.encode(event);
    return new InboxRows.Row(
        event.workspace().key(),
        event.key().value(),
        encoded.type(),
        encoded.payload(),
        encoded.text(),
        event.occurredAt(),
        clock.instant());
  }

  private static InboxUnavailableException unavailable(ChatEvent event, Exception cause) {
    return new InboxUnavailableException(
        "could not store " + event.type() + " " + event.key() + " in the inbox", cause);
  }
}
