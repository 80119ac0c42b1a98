package io.threadkeeper.core.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A thread past its deadline with no reply at the end of the report's week. The root key stays so
 * that a platform can turn it into a link.
 *
 * @param channel the channel's name
 * @param channelKey the platform's channel id, for links
 */
public record OverdueThread(
    String channel, String rootKey, Instant openedAt, Instant deadline, String channelKey) {
  public OverdueThread {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(rootKey, "rootKey");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(channelKey, "channelKey");
  }

  /** Where to find it until platforms render links: {@code #channel · root key}. */
  public String label() {
    return "#" + channel + " · " + rootKey;
  }
}
