package io.threadkeeper.core.outbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The running totals behind {@link DispatcherStats}.
 *
 * <p>Thread-safe; a snapshot is consistent per counter, not across counters.
 */
public final class DispatchCounters {
  private final LongAdder sent = new LongAdder();
  private final LongAdder foundAlreadySent = new LongAdder();
  private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
  private final LongAdder rateLimitWaits = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder recoveredInFlight = new LongAdder();

  public void sent() {
    sent.increment();
  }

  public void foundAlreadySent() {
    foundAlreadySent.increment();
  }

  public void failed(String reason) {
    failed.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  public void rateLimitWait() {
    rateLimitWaits.increment();
  }

  public void retry() {
    retries.increment();
  }

  public void recoveredInFlight(int rows) {
    recoveredInFlight.add(rows);
  }

  public DispatcherStats snapshot() {
    Map<String, Long> failures = new TreeMap<>();
    failed.forEach((reason, count) -> failures.put(reason, count.sum()));
    return new DispatcherStats(
        sent.sum(),
        foundAlreadySent.sum(),
        failures,
        rateLimitWaits.sum(),
        retries.sum(),
        recoveredInFlight.sum());
  }
}
