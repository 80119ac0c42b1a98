package io.threadkeeper.discord;

import io.threadkeeper.core.port.EchoedSends;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own recent messages by nonce (the outbox id), as sends returned them and as the gateway
 * echoed them. Discord returns a message's nonce only in its create event, never in channel
 * history, so these are the only places a send can be recognised later: echoes are also handed to
 * {@link EchoedSends}, so that other nodes, and this one after a restart, recognise them too.
 * Bounded; the oldest fall out first. Thread-safe.
 */
final class SentNonces {
  private static final Logger log = LoggerFactory.getLogger(SentNonces.class);
  private static final int CAPACITY = 10_000;
  private static final Pattern OUTBOX_ID = Pattern.compile("\\d{1,18}");

  private final EchoedSends echoedSends;

  private final Map<String, String> messageByNonce =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > CAPACITY;
            }
          });

  SentNonces(EchoedSends echoedSends) {
    this.echoedSends = echoedSends;
  }

  /** The gateway echoed one of the bot's own messages. */
  void echoed(String nonce, String messageId) {
    saw(nonce, messageId);
    if (nonce != null && OUTBOX_ID.matcher(nonce).matches()) {
      try {
        echoedSends.echoed(Long.parseLong(nonce), messageId);
      } catch (RuntimeException e) {
        log.warn("Could not keep the echo of outbox row {}: {}", nonce, e.getClass().getName());
      }
    }
  }

  /** A send returned the message it posted. */
  void saw(String nonce, String messageId) {
    if (nonce != null && !nonce.isBlank()) {
      messageByNonce.put(nonce, messageId);
    }
  }

  Optional<String> messageFor(String nonce) {
    return Optional.ofNullable(messageByNonce.get(nonce));
  }
}
