package io.threadkeeper.core.port;

import java.util.Optional;

/**
 * The bot's own messages as the platform echoed them back, tagged with their outbox row. Discord
 * gives a message's nonce (the outbox id) only in the gateway's create event, never in channel
 * history, so a send whose node died before recording it could not be recognised by another node;
 * keeping the echo lets any node's {@link ChatPlatform#findSent} find it.
 *
 * <p>Implementations are thread-safe.
 */
public interface EchoedSends {

  /** Outbox row {@code outboxId} reached the platform as {@code platformMessageId}. */
  void echoed(long outboxId, String platformMessageId);

  /** The platform message an echo said outbox row {@code outboxId} became, if one was seen. */
  Optional<String> find(long outboxId);

  /** No memory beyond the node's own: for tests and tools that run without a database. */
  static EchoedSends none() {
    return new EchoedSends() {
      @Override
      public void echoed(long outboxId, String platformMessageId) {}

      @Override
      public Optional<String> find(long outboxId) {
        return Optional.empty();
      }
    };
  }
}
