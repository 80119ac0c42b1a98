package io.threadkeeper.core.port;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;

/** Where an outbound message goes, and which addressing fields that kind of delivery needs. */
public enum Delivery {
  /** A new top-level message in a channel. */
  CHANNEL("post"),
  /** A reply in the thread of a root message. */
  THREAD_REPLY("post"),
  /** A message in a channel that only one member sees (Slack ephemeral; Discord: see adapter). */
  EPHEMERAL("ephemeral"),
  /** A direct message to one member. */
  DIRECT_MESSAGE("direct");

  private final String method;

  Delivery(String method) {
    this.method = method;
  }

  /** The family of platform calls this delivery uses, a segment of rate-limit keys. */
  public String method() {
    return method;
  }

  /**
   * Checks that the addressing fields fit this kind of delivery.
   *
   * @throws IllegalArgumentException naming the field that is missing or must be absent
   */
  public void requireAddress(ChannelId channel, MessageKey threadRoot, MemberId recipient) {
    switch (this) {
      case CHANNEL -> {
        require(channel != null, "a channel message needs a channel");
        require(
            threadRoot == null && recipient == null,
            "a channel message has no thread root" + " and no recipient");
      }
      case THREAD_REPLY -> {
        require(channel != null && threadRoot != null, "a thread reply needs a channel and a root");
        require(recipient == null, "a thread reply has no recipient");
      }
      case EPHEMERAL ->
          require(
              channel != null && recipient != null,
              "an ephemeral message needs a channel and a member");
      case DIRECT_MESSAGE -> {
        require(recipient != null, "a direct message needs a recipient");
        require(channel == null && threadRoot == null, "a direct message has no channel");
      }
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
