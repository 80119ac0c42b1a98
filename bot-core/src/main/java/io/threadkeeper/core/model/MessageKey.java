package io.threadkeeper.core.model;

/** A message, by its platform key: a Slack {@code ts} or a Discord snowflake. */
public record MessageKey(String value) {
  public MessageKey {
    Ids.requireId(value, "MessageKey");
  }

  @Override
  public String toString() {
    return value;
  }
}
