package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies stored inbox rows, oldest first, and marks them processed in the same transaction as
 * everything they changed. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes
 * share the work. The appliers of a batch share one {@link BatchCache}, so a busy channel's ids,
 * policy and threads are read once per batch rather than once per event. When a row fails, the
 * batch is rolled back and run again with a savepoint per row, so the failing (poison) row is
 * recorded with its error and skipped while the rest of the batch commits. A row that failed {@code
 * maxAttempts} times is set aside (its text erased) and counted as dead.
 *
 * <p>Crash-safe: a batch is one transaction, so a process killed mid-batch leaves its rows
 * unprocessed and the next start ({@link #drain()}) applies them exactly once.
 *
 * <p>Thread-safe; {@link #start()} runs one background worker.
 */
public final class InboxProcessor implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

  private static final String CLAIM =
      """
      select id, event_type, payload::text as payload, transient_text, attempts
        from inbox
       where processed_at is null and attempts < :maxAttempts
       order by <order>
       limit :batchSize
         for update skip locked
      """;

  /** In which order pending rows are applied. */
  public enum Order {
    /** As they arrived: live events. */
    ARRIVAL("id"),
    /**
     * An export's directory (channels, members) first, then messages as they happened, so that
     * policies and time zones are known before the first message and the norms replay history in
     * its own order.
     */
    IMPORT("(event_type in ('channel_changed', 'member_profile_changed')) desc, occurred_at, id");

    private final String sql;

    Order(String sql) {
      this.sql = sql;
    }
  }

  /** How long the worker waits for more events after a batch that was not full. */
  private static final Duration LINGER = Duration.ofMillis(20);

  private final Jdbi jdbi;
  private final EventCodec codec;
  private final List<EventApplier> appliers;
  private final Clock clock;
  private final int batchSize;
  private final int maxAttempts;
  private final Order order;
  private final Semaphore wakeUps = new Semaphore(0);
  private volatile CountDownLatch stopping = new CountDownLatch(1);
  private volatile ExecutorService worker;
  private volatile boolean running;

  public InboxProcessor(
      Jdbi jdbi,
      EventCodec codec,
      List<EventApplier> appliers,
      Clock clock,
      int batchSize,
      int maxAttempts,
      Order order) {
    if (batchSize < 1 || maxAttempts < 1) {
      throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
    }
    this.jdbi = jdbi;
    this.codec = codec;
    this.appliers = List.copyOf(appliers);
    this.clock = clock;
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
    this.order = order;
  }

  /** What one batch did. */
  public record BatchResult(int claimed, int processed, int failed) {
    public static final BatchResult EMPTY = new BatchResult(0, 0, 0);

    BatchResult plus(BatchResult other) {
      return new BatchResult(
          claimed + other.claimed, processed + other.processed, failed + other.failed);
    }
  }

  private record Row(long id, String type, String payload, String text, int attempts) {}

  /** A claimed row and its event, or why its event could not be read. */
  private record Decoded(Row row, ChatEvent event, RuntimeException unreadable) {}

  /** Claims and applies one batch in one transaction. */
  public BatchResult processBatch() {
    return jdbi.withHandle(
        handle -> {
          try {
            return handle.inTransaction(h -> processBatch(h, false));
          } catch (RowFailed e) {
            // Rare: the batch runs again, each row under a savepoint, so the failing row is set
            // aside. Same connection: if it died, so does the retry, as a killed process would.
            return handle.inTransaction(h -> processBatch(h, true));
          }
        });
  }

  /** Processes until no row is left that may still be tried; returns the totals. */
  public BatchResult drain() {
    BatchResult total = BatchResult.EMPTY;
    BatchResult batch;
    do {
      batch = processBatch();
      total = total.plus(batch);
    } while (batch.claimed() > 0);
    return total;
  }

  /**
   * Applies the claimed rows. Without savepoints (two round trips a row saved) a failing row aborts
   * the whole batch with {@link RowFailed}; with them, it is recorded and skipped.
   */
  private BatchResult processBatch(Handle handle, boolean savepoints) {
    List<Decoded> rows = claim(handle).stream().map(this::decode).toList();
    BatchCache cache = new BatchCache(handle);
    cache.prefetch(rows.stream().map(Decoded::event).filter(Objects::nonNull).toList());
    List<Long> processed = new ArrayList<>();
    int failed = 0;
    for (Decoded row : rows) {
      if (savepoints ? applyUnderSavepoint(cache, row) : applyOrAbort(cache, row)) {
        processed.add(row.row().id());
      } else {
        failed++;
      }
    }
    flushOrAbort(cache);
    markProcessed(handle, processed);
    return new BatchResult(rows.size(), processed.size(), failed);
  }

  private Decoded decode(Row row) {
    try {
      return new Decoded(row, codec.decode(row.type(), row.payload(), row.text()), null);
    } catch (RuntimeException e) {
      return new Decoded(row, null, e);
    }
  }

  /** The batch's held-back writes; if one fails, the batch runs again row by row. */
  private static void flushOrAbort(BatchCache cache) {
    try {
      cache.flush();
    } catch (RuntimeException e) {
      throw new RowFailed(e);
    }
  }

  private List<Row> claim(Handle handle) {
    return handle
        .createQuery(CLAIM)
        .define("order", order.sql)
        .bind("maxAttempts", maxAttempts)
        .bind("batchSize", batchSize)
        .map(
            (rs, ctx) ->
                new Row(
                    rs.getLong("id"),
                    rs.getString("event_type"),
                    rs.getString("payload"),
                    rs.getString("transient_text"),
                    rs.getInt("attempts")))
        .list();
  }

  private boolean applyOrAbort(BatchCache cache, Decoded row) {
    try {
      apply(cache, row);
      return true;
    } catch (RuntimeException e) {
      throw new RowFailed(e);
    } finally {
      LogCorrelation.clear();
    }
  }

  /** Applies the row and sends its writes under a savepoint, so a failure undoes only this row. */
  private boolean applyUnderSavepoint(BatchCache cache, Decoded row) {
    Handle handle = cache.handle();
    String savepoint = "inbox_row";
    handle.savepoint(savepoint);
    try {
      apply(cache, row);
      cache.flush();
      handle.releaseSavepoint(savepoint);
      return true;
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(savepoint);
      cache.discard();
      recordFailure(handle, row.row(), e);
      return false;
    } finally {
      LogCorrelation.clear();
    }
  }

  private void apply(BatchCache cache, Decoded row) {
    if (row.unreadable() != null) {
      throw row.unreadable();
    }
    ChatEvent event = row.event();
    LogCorrelation.set(event.key().value());
    cache.startEvent(event);
    for (EventApplier applier : appliers) {
      applier.apply(cache, event);
    }
  }

  private void markProcessed(Handle handle, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    handle
        .createUpdate(
            "update inbox set processed_at = :now, attempts = attempts + 1,"
                + " transient_text = null, last_error = null where id = any(:ids)")
        .bind("now", Instant.now(clock))
        .bind("ids", ids.toArray(Long[]::new))
        .execute();
  }

  /** A row failed in a batch run without savepoints; the batch is rolled back. */
  private static final class RowFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowFailed(RuntimeException cause) {
      super(cause);
    }
  }

  private void recordFailure(Handle handle, Row row, RuntimeException e) {
    boolean givingUp = row.attempts() + 1 >= maxAttempts;
    // The error names the exception only: a message could quote event content.
    String error = e.getClass().getName() + describe(e);
    handle
        .createUpdate(
            "update inbox set attempts = attempts + 1, last_error = :error,"
                + " transient_text = case when :givingUp then null else transient_text end"
                + " where id = :id")
        .bind("error", error)
        .bind("givingUp", givingUp)
        .bind("id", row.id())
        .execute();
    log.warn(
        "inbox row {} ({}) failed, attempt {} of {}{}: {}",
        row.id(),
        row.type(),
        row.attempts() + 1,
        maxAttempts,
        givingUp ? ", set aside" : "",
        error);
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage();
    if (message == null) {
      return "";
    }
    String firstLine = message.lines().findFirst().orElse("");
    return ": " + (firstLine.length() > 300 ? firstLine.substring(0, 300) + "…" : firstLine);
  }

  /** Starts a background worker that drains on every {@link #wake()} and at least every second. */
  public synchronized void start() {
    if (worker != null) {
      return;
    }
    running = true;
    stopping = new CountDownLatch(1);
    worker =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "inbox-processor");
              thread.setDaemon(true);
              return thread;
            });
    worker.execute(this::loop);
  }

  /** Tells the background worker that new rows are waiting. */
  public void wake() {
    wakeUps.release();
  }

  private void loop() {
    while (running) {
      try {
        BatchResult batch = processBatch();
        if (batch.claimed() == 0) {
          wakeUps.tryAcquire(1, TimeUnit.SECONDS);
          wakeUps.drainPermits();
        } else if (batch.claimed() < batchSize) {
          linger();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.warn("inbox processing paused for a second: {}", e.getClass().getSimpleName());
        sleepQuietly();
      }
    }
  }

  /**
   * After a batch that was not full, gives events still arriving a moment to gather: a batch costs
   * a dozen round trips however small it is, so a worker that took each event as it came would
   * spend on batches the CPU the deliverers need. Nothing here is urgent to the millisecond.
   */
  private void linger() throws InterruptedException {
    stopping.await(LINGER.toMillis(), TimeUnit.MILLISECONDS);
    wakeUps.drainPermits();
  }

  private void sleepQuietly() {
    try {
      wakeUps.tryAcquire(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops the worker after its current batch and waits for that batch, so that a {@link #drain()}
   * after closing does not run beside it.
   */
  @Override
  public synchronized void close() {
    running = false;
    if (worker != null) {
      stopping.countDown();
      wake();
      worker.shutdown();
      try {
        worker.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }
}
