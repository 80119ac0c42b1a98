package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.port.CommandReply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a command in the inbox within the desk's time budget. A store still running when the
 * budget ends goes on in the background and the member is told the answer will take a minute; the
 * platform is acknowledged either way, since a slash command is not redelivered.
 *
 * <p>Thread-safe.
 */
final class DeskInbox implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeskInbox.class);

  private final Inbox inbox;
  private final Duration budget;
  private final ExecutorService stores =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "command-desk-store");
            thread.setDaemon(true);
            return thread;
          });

  DeskInbox(Inbox inbox, Duration budget) {
    this.inbox = inbox;
    this.budget = budget;
  }

  CommandReply store(ChatEvent event, String acknowledgement) {
    CompletableFuture<Boolean> accepted =
        CompletableFuture.supplyAsync(() -> inbox.accept(event), stores);
    try {
      accepted.get(budget.toMillis(), TimeUnit.MILLISECONDS);
      return CommandReply.text(acknowledgement);
    } catch (TimeoutException e) {
      accepted.whenComplete((isNew, failure) -> logLateFailure(event, failure));
      return CommandReply.text(DeskWording.SLOW);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof InboxUnavailableException)) {
        log.warn(
            "command {} could not be stored: {}", event.key(), e.getCause().getClass().getName());
      }
      return CommandReply.text(DeskWording.UNAVAILABLE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CommandReply.text(DeskWording.UNAVAILABLE);
    }
  }

  private static void logLateFailure(ChatEvent event, Throwable failure) {
    if (failure != null) {
      log.warn(
          "command {} was lost after a slow store: {}", event.key(), failure.getClass().getName());
    }
  }

  @Override
  public void close() {
    stores.shutdown();
  }
}
