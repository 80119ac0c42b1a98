package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.outbox.Purpose;
import io.threadkeeper.core.port.MessageBody;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes a {@link MessageBody} as the outbox row's JSON payload.
 *
 * <p>Thread-safe.
 */
final class MessageBodyJson {
  private final ObjectMapper mapper = StoreJson.mapper();

  String encode(MessageBody body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a message body could not be written as JSON", e);
    }
  }

  /** The explanation column of a row the norms decided: the explanation and the zone. */
  String encodePurpose(Purpose purpose) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("ruleId", purpose.explanation().ruleId());
    value.put("trigger", purpose.explanation().trigger());
    value.put("policy", purpose.explanation().policy());
    value.put("sentence", purpose.explanation().sentence());
    value.put("recipientZone", purpose.recipientZone());
    value.put("channel", purpose.channel().value());
    value.put("thread", purpose.thread() == null ? null : purpose.thread().value());
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an explanation could not be written as JSON", e);
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
