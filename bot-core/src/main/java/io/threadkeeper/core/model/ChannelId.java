package io.threadkeeper.core.model;

/** A channel (Slack conversation, Discord text, forum or thread channel), by platform id. */
public record ChannelId(String value) {
  public ChannelId {
    Ids.requireId(value, "ChannelId");
  }

  @Override
  public String toString() {
    return value;
  }
}
