package io.threadkeeper.core.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes an event unique inside its workspace: the platform's own event id where it has one
 * (Slack {@code event_id}, Discord message id + event type + edit time), otherwise a key derived
 * from the event's content, so that a second delivery of the same fact lands on the same key.
 *
 * <p>Derived keys have the form {@code kind:part:part…}, e.g. {@code
 * message_posted:C1:1700000000.000100}; a key longer than 200 characters is replaced by {@code
 * kind:sha256-of-the-parts}.
 */
public record EventKey(String value) {
  private static final int MAX_LENGTH = 200;

  public EventKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("event key must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("event key is longer than " + MAX_LENGTH + " characters");
    }
  }

  /** The platform's own id for the delivery, e.g. a Slack {@code event_id}. */
  public static EventKey platform(String eventId) {
    return new EventKey(eventId);
  }

  /** A key derived from what the event says, for payloads without a platform event id. */
  public static EventKey derived(String kind, String... parts) {
    String joined = kind + ":" + String.join(":", parts);
    if (joined.length() <= MAX_LENGTH) {
      return new EventKey(joined);
    }
    return new EventKey(kind + ":" + sha256(String.join("\u0000", parts)));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
