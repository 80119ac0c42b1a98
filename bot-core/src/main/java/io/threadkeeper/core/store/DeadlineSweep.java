package io.threadkeeper.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due deadlines: claims pending rows whose instant has come, earliest first, in batches with
 * {@code FOR UPDATE SKIP LOCKED} (so sweeps on several nodes share the work and never fire a
 * deadline twice), calls the {@link DeadlineHandler} for each under a savepoint and marks it fired
 * in the same transaction.
 *
 * <p>Crash-safe: a batch is one transaction, so a node that dies mid-batch leaves its deadlines
 * pending and another sweep fires them, once.
 *
 * <p>Thread-safe.
 */
public final class DeadlineSweep {
  private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final Duration LAST_RETRY = Duration.ofHours(1);

  /**
   * Bounds one {@link #sweepDue()} call (100 batches), so a scheduler thread is never held for long
   * and a handler that postpones to an instant already past cannot keep a sweep spinning.
   */
  private static final int MAX_BATCHES = 100;

  private final Jdbi jdbi;
  private final DeadlineHandler handler;
  private final Clock clock;
  private final int batchSize;

  public DeadlineSweep(Jdbi jdbi, DeadlineHandler handler, Clock clock, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.batchSize = batchSize;
  }

  /** What a sweep did. */
  public record SweepResult(int claimed, int fired, int postponed, int failed) {
    public static final SweepResult EMPTY = new SweepResult(0, 0, 0, 0);

    SweepResult plus(SweepResult other) {
      return new SweepResult(
          claimed + other.claimed,
          fired + other.fired,
          postponed + other.postponed,
          failed + other.failed);
    }
  }

  /** Sweeps batch after batch until none is due (or a bound is reached); returns the totals. */
  public SweepResult sweepDue() {
    SweepResult total = SweepResult.EMPTY;
    for (int round = 0; round < MAX_BATCHES; round++) {
      SweepResult batch = sweepOnce();
      total = total.plus(batch);
      if (batch.claimed() == 0) {
        break;
      }
    }
    if (total.failed() > 0) {
      log.warn(
          "deadline sweep: {} fired, {} failed and retry later", total.fired(), total.failed());
    }
    return total;
  }

  /** Claims and fires one batch in one transaction. */
  public SweepResult sweepOnce() {
    return jdbi.inTransaction(this::sweep);
  }

  private SweepResult sweep(Handle handle) {
    Instant now = clock.instant();
    DeadlineStore store = handle.attach(DeadlineStore.class);
    List<DueDeadline> due = store.claimDue(now, batchSize);
    int fired = 0;
    int failed = 0;
    for (DueDeadline deadline : due) {
      if (!fireOne(handle, store, deadline, now)) {
        failed++;
      } else if (store.markFired(deadline.id(), deadline.dueAt(), now) > 0) {
        fired++;
      }
    }
    return new SweepResult(due.size(), fired, due.size() - fired - failed, failed);
  }

  private boolean fireOne(Handle handle, DeadlineStore store, DueDeadline deadline, Instant now) {
    String savepoint = "deadline_fire";
    handle.savepoint(savepoint);
    try {
      handler.fire(handle, deadline);
      handle.releaseSavepoint(savepoint);
      return true;
    } catch (RuntimeException e) {
      handle.rollbackToSavepoint(savepoint);
      Instant retryAt = now.plus(retryDelay(deadline.attempts()));
      // The error names the exception only: a message could quote user content.
      store.recordFailure(deadline.id(), retryAt, e.getClass().getName());
      log.warn(
          "deadline {} ({}) failed, attempt {}; retry at {}: {}",
          deadline.id(),
          deadline.kind(),
          deadline.attempts() + 1,
          retryAt,
          e.getClass().getName());
      return false;
    }
  }

  private static Duration retryDelay(int earlierFailures) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(earlierFailures, 10));
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }
}
