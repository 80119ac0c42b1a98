package io.threadkeeper.deploy.ops;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import java.util.concurrent.atomic.LongAdder;

/**
 * An inbox that counts what passes through it: new events, repeated deliveries and events it could
 * not store. It keeps plain counters rather than meters, so that the pipeline does not depend on a
 * metrics library; {@link BotMetrics} reads them at scrape time.
 *
 * <p>Thread-safe.
 */
public final class CountingInbox implements Inbox {
  private final Inbox inbox;
  private final LongAdder accepted = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder unavailable = new LongAdder();

  public CountingInbox(Inbox inbox) {
    this.inbox = inbox;
  }

  @Override
  public boolean accept(ChatEvent event) {
    boolean isNew;
    try {
      isNew = inbox.accept(event);
    } catch (InboxUnavailableException e) {
      unavailable.increment();
      throw e;
    }
    (isNew ? accepted : duplicates).increment();
    return isNew;
  }

  /** Events stored for the first time. */
  public long accepted() {
    return accepted.sum();
  }

  /** Deliveries of events already stored. */
  public long duplicates() {
    return duplicates.sum();
  }

  /** Events that could not be stored (the platform was not acknowledged and will deliver again). */
  public long unavailable() {
    return unavailable.sum();
  }
}
