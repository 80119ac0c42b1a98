package io.threadkeeper.core.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A thread past its deadline with no reply at the end of the report's week. The root key stays so
 * that a platform can turn it into a link.
 *
 * @param channel the channel's name
 */
public record OverdueThread(String channel, String rootKey, Instant openedAt, Instant deadline) {
  public OverdueThread {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(rootKey, "rootKey");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(deadline, "deadline");
  }

  /** Where to find it until platforms render links: {@code #channel · root key}. */
  public String label() {
    return "#" + channel + " · " + rootKey;
  }
}
