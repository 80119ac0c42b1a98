package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.deploy.Pipeline;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Acknowledgement latency: the time {@code Inbox.accept} takes — all an adapter waits for before it
 * acknowledges — at a fixed offered rate, while the processor applies what arrives.
 */
final class AckLatencyBench {
  private final Database database;

  AckLatencyBench(Database database) {
    this.database = database;
  }

  /** Latencies in milliseconds, one per event, offered at {@code rate} per second. */
  List<Double> run(String run, int rate, int seconds) throws InterruptedException {
    List<MessagePosted> events = SyntheticEvents.messages(run, rate * seconds, Instant.now());
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    try (Pipeline pipeline = Pipeline.live(database, Clock.systemUTC())) {
      pipeline.processor().start();
      ScheduledExecutorService offered = new ScheduledThreadPoolExecutor(8);
      long intervalNanos = 1_000_000_000L / rate;
      for (int i = 0; i < events.size(); i++) {
        MessagePosted event = events.get(i);
        offered.schedule(
            () -> {
              long started = System.nanoTime();
              pipeline.inbox().accept(event);
              latencies.add((System.nanoTime() - started) / 1e6);
            },
            i * intervalNanos,
            TimeUnit.NANOSECONDS);
      }
      offered.shutdown();
      offered.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }
    return latencies;
  }
}
