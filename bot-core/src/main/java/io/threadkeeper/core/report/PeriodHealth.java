package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a workspace and of each of its channels over {@code [from, to)}.
 *
 * @param label what the period is called, e.g. {@code 2026-W47}
 * @param channels every channel of the workspace, busiest first
 */
public record PeriodHealth(
    String label, Instant from, Instant to, Figures workspace, List<ChannelFigures> channels) {
  public PeriodHealth {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(workspace, "workspace");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("period must end after it starts: " + from + ", " + to);
    }
    channels = List.copyOf(channels);
  }

  /** The period's length in real time: 167 or 169 hours for a week with a clock change. */
  public Duration length() {
    return Duration.between(from, to);
  }
}
