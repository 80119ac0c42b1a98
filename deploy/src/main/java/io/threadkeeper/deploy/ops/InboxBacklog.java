package io.threadkeeper.deploy.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * How far the inbox processor is behind: how many stored events wait, and how long the oldest has
 * waited. One indexed query (the inbox has a partial index on unprocessed rows).
 *
 * <p>Thread-safe.
 */
public final class InboxBacklog {
  private static final String QUERY =
      "select count(*) as pending, min(received_at) as oldest from inbox where processed_at is null";

  private final Jdbi jdbi;
  private final Clock clock;

  public InboxBacklog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** What waits right now. */
  public record Snapshot(long pending, Duration lag) {}

  /** The backlog, or empty when the database does not answer. */
  public Optional<Snapshot> read() {
    try {
      return Optional.of(
          jdbi.withHandle(
              handle ->
                  handle
                      .createQuery(QUERY)
                      .map(
                          (rs, ctx) -> {
                            long pending = rs.getLong("pending");
                            OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                            return new Snapshot(
                                pending, lagSince(oldest == null ? null : oldest.toInstant()));
                          })
                      .one()));
    } catch (JdbiException e) {
      return Optional.empty();
    }
  }

  private Duration lagSince(Instant oldest) {
    if (oldest == null) {
      return Duration.ZERO;
    }
    Duration lag = Duration.between(oldest, clock.instant());
    return lag.isNegative() ? Duration.ZERO : lag;
  }
}
