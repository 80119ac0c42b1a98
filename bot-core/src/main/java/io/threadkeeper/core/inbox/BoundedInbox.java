package io.threadkeeper.core.inbox;

import io.threadkeeper.core.event.ChatEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An inbox that answers within a time budget, so that a slow database can never push a platform's
 * acknowledgement past its deadline (Slack: 3 seconds). A store that takes longer is reported as
 * unavailable, so the adapter does not acknowledge and the platform delivers again; the store goes
 * on in the background, and since the inbox is unique on workspace and event key, the late row and
 * the redelivery make one event.
 *
 * <p>Stores run on a fixed number of threads with a short queue; when both are full the event is
 * refused at once rather than waiting behind the others. Thread-safe.
 */
public final class BoundedInbox implements Inbox, AutoCloseable {
  private final Inbox inbox;
  private final Duration budget;
  private final ThreadPoolExecutor stores;

  /**
   * @param budget how long {@link #accept} waits for {@code inbox}
   * @param threads how many stores may run at once, including late ones
   */
  public BoundedInbox(Inbox inbox, Duration budget, int threads) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the inbox budget must be positive, not " + budget);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("an inbox needs at least one thread");
    }
    this.budget = budget;
    AtomicInteger counter = new AtomicInteger();
    this.stores =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * 4),
            runnable -> {
              Thread thread = new Thread(runnable, "inbox-store-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    stores.allowCoreThreadTimeOut(true);
  }

  @Override
  public boolean accept(ChatEvent event) {
    CompletableFuture<Boolean> stored;
    try {
      stored = CompletableFuture.supplyAsync(() -> inbox.accept(event), stores);
    } catch (RejectedExecutionException e) {
      throw new InboxUnavailableException("every inbox store is busy", e);
    }
    try {
      return stored.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new InboxUnavailableException(
          "the inbox did not store " + event.key() + " within " + budget.toMillis() + " ms", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InboxUnavailableException unavailable) {
        throw unavailable;
      }
      throw new InboxUnavailableException("the inbox failed on " + event.key(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InboxUnavailableException("interrupted while storing " + event.key(), e);
    }
  }

  /** Lets running stores finish; takes no new ones. */
  @Override
  public void close() {
    stores.shutdown();
  }
}
