package io.threadkeeper.core.report;

import java.util.Objects;

/**
 * One channel's figures over a period.
 *
 * @param key the platform's channel id
 * @param name the channel's name, or its id when it has none
 */
public record ChannelFigures(
    String key, String name, boolean urgent, boolean archived, Figures figures) {
  public ChannelFigures {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(figures, "figures");
    name = name == null ? key : name;
  }

  /** {@code #name}, with a note when the channel is urgent or archived. */
  public String label() {
    return "#" + name + (urgent ? " (urgent)" : archived ? " (archived)" : "");
  }
}
