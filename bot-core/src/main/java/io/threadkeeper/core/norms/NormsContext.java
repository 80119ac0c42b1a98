package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import java.util.Objects;

/**
 * What the store knows when an event arrives, for {@link NormsEngine#onEvent}.
 *
 * @param thread the event's thread as the tracker derived it after applying the event, or {@code
 *     null} when the event concerns no tracked thread
 * @param norms what the norms remembered about that thread, or {@code null} for a thread they have
 *     not seen yet
 * @param authorNudges the pressure nudges the event's author got in this channel (the latest day
 *     stored), or {@code null}
 */
public record NormsContext(
    ChannelContext channel, ThreadState thread, ThreadNorms norms, NudgeTally authorNudges) {
  public NormsContext {
    Objects.requireNonNull(channel, "channel");
  }
}
