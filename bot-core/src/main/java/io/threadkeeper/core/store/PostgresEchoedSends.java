package io.threadkeeper.core.store;

import io.threadkeeper.core.port.EchoedSends;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link EchoedSends} in the outbox row itself: an echo fills in {@code platform_message_id} when
 * the dispatcher has not (yet), and leaves the row's state to the dispatcher. Thread-safe.
 */
public final class PostgresEchoedSends implements EchoedSends {
  private final Jdbi jdbi;

  public PostgresEchoedSends(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void echoed(long outboxId, String platformMessageId) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "update outbox set platform_message_id = :message"
                        + " where id = :id and platform_message_id is null")
                .bind("id", outboxId)
                .bind("message", platformMessageId)
                .execute());
  }

  @Override
  public Optional<String> find(long outboxId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "select platform_message_id from outbox"
                        + " where id = :id and platform_message_id is not null")
                .bind("id", outboxId)
                .mapTo(String.class)
                .findOne());
  }
}
