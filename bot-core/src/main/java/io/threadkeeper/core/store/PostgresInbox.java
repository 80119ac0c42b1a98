package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
 * <p>A group waits at most {@link #GROUP_LOCK_WAIT} for a row lock (another node storing the same
 * event, still uncommitted): past that, each of its events is stored on its own by its own caller,
 * so an event whose row is held keeps back no other — the adapter then gives up on it within its
 * budget, unacknowledged, and the platform delivers it again.
 *
 * <p>Thread-safe. Owns no thread, so there is nothing to close.
 */
public final class PostgresInbox implements Inbox {
  /** Large enough to absorb a burst in one commit, small enough to keep one commit short. */
  static final int MAX_GROUP = 500;

  /** Longer than another node's insert of the same event takes to commit, short beside 2 s. */
  static final Duration GROUP_LOCK_WAIT = Duration.ofMillis(100);

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final Jdbi jdbi;
  private final EventCodec codec;
  private final Clock clock;
  private final Runnable onAccepted;
  private final GroupCommit<InboxRows.Row> groups;
  private final Duration groupLockWait;

  /**
   * @param onAccepted called after a new event was stored, e.g. to wake the processor
   */
  public PostgresInbox(Jdbi jdbi, EventCodec codec, Clock clock, Runnable onAccepted) {
    this(jdbi, codec, clock, onAccepted, GROUP_LOCK_WAIT);
  }

  /**
   * @param groupLockWait how long a group may wait for a row lock before its events go one by one
   */
  PostgresInbox(
      Jdbi jdbi, EventCodec codec, Clock clock, Runnable onAccepted, Duration groupLockWait) {
    this.groupLockWait = groupLockWait;
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
      isNew = submit(row);
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

  private boolean submit(InboxRows.Row row) throws InterruptedException {
    try {
      return groups.submit(row);
    } catch (GroupHeldUp e) {
      return jdbi.withHandle(handle -> InboxRows.insert(handle, List.of(row))).get(0);
    }
  }

  private List<Boolean> writeGroup(List<InboxRows.Row> rows) {
    try {
      return jdbi.inTransaction(
          handle -> {
            handle.execute("set local lock_timeout = '" + groupLockWait.toMillis() + "ms'");
            return InboxRows.insert(handle, rows);
          });
    } catch (JdbiException e) {
      if (e.getCause() instanceof SQLException sql
          && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
        throw new GroupHeldUp(e);
      }
      throw e;
    }
  }

  /** A group waited too long for a row another transaction holds: its events go one by one. */
  private static final class GroupHeldUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GroupHeldUp(Throwable cause) {
      super(cause);
    }
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
