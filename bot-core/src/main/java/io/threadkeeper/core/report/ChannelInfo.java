package io.threadkeeper.core.report;

import java.util.Objects;

/** A channel as the report names it: the platform's id, its name and its kind. */
public record ChannelInfo(String key, String name, boolean urgent, boolean archived) {
  public ChannelInfo {
    Objects.requireNonNull(key, "key");
  }
}
