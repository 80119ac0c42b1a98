package io.threadkeeper.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's own recent messages by nonce, as the gateway echoed them. Discord returns a message's
 * nonce only in its create event, never in channel history, so this is the only place a send can be
 * recognised later. Bounded; the oldest fall out first. Thread-safe.
 */
final class SentNonces {
  private static final int CAPACITY = 10_000;

  private final Map<String, String> messageByNonce =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > CAPACITY;
            }
          });

  void saw(String nonce, String messageId) {
    if (nonce != null && !nonce.isBlank()) {
      messageByNonce.put(nonce, messageId);
    }
  }

  Optional<String> messageFor(String nonce) {
    return Optional.ofNullable(messageByNonce.get(nonce));
  }
}
