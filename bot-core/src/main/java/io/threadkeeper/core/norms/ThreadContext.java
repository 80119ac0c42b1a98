package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import java.util.Objects;

/**
 * What the store knows about one thread when its deadline sweep comes round, for {@link
 * NormsEngine#onTick}.
 *
 * @param norms what the norms remembered about the thread, or {@code null} if nothing yet
 * @param ownerReminders the reminders the thread's owner got (the latest week stored), or {@code
 *     null}
 */
public record ThreadContext(
    ChannelContext channel, ThreadState thread, ThreadNorms norms, ReminderTally ownerReminders) {
  public ThreadContext {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(thread, "thread");
  }
}
