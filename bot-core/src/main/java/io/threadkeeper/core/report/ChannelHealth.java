package io.threadkeeper.core.report;

import java.time.Duration;
import java.util.Objects;

/**
 * How async communication went in one channel over a period.
 *
 * @param threads threads started (human root messages)
 * @param answered threads that got a reply from someone other than their author
 * @param ghosts threads that got no reply at all
 * @param longThreads threads past the channel's summary thresholds (replies or participants)
 * @param longWithoutSummary long threads nobody summarized
 * @param medianFirstReply median time from root to first reply, over answered threads; {@code null}
 *     when none was answered
 */
public record ChannelHealth(
    String channelId,
    String name,
    boolean urgent,
    boolean archived,
    int threads,
    int answered,
    int ghosts,
    int replies,
    int longThreads,
    int longWithoutSummary,
    int resolved,
    int participants,
    Duration medianFirstReply,
    Duration p90FirstReply) {

  public ChannelHealth {
    Objects.requireNonNull(channelId, "channelId");
    name = name == null ? channelId : name;
  }

  /** Share of threads answered, 0 when there were none. */
  public double answeredShare() {
    return threads == 0 ? 0 : (double) answered / threads;
  }
}
