package io.threadkeeper.slack.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/** Lenient reads of the fields Slack may leave out, write as {@code null} or write as "". */
public final class JsonFields {
  private JsonFields() {}

  /** A field's text, if it is present, not null and not blank. */
  public static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  public static boolean flag(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.asBoolean(false);
  }

  /**
   * A field holding epoch seconds (Slack's {@code created}, {@code updated}); absent when it is not
   * a positive number of seconds that an {@link Instant} can hold.
   */
  public static Optional<Instant> epochSeconds(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null
        || !value.canConvertToLong()
        || value.asLong() <= 0
        || value.asLong() > Instant.MAX.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(Instant.ofEpochSecond(value.asLong()));
  }
}
