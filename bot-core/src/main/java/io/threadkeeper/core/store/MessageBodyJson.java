package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.port.MessageBody;

/**
 * Reads and writes a {@link MessageBody} as the outbox row's JSON payload.
 *
 * <p>Thread-safe.
 */
final class MessageBodyJson {
  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  String encode(MessageBody body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message body could not be written as JSON", e);
    }
  }

  /**
   * @throws IllegalArgumentException when the payload is not a message body
   */
  MessageBody decode(String payload) {
    try {
      return mapper.readValue(payload, MessageBody.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("outbox payload is not a message body", e);
    }
  }
}
