package io.threadkeeper.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires due deadlines: claims pending rows whose instant has come, earliest first, in batches with
 * {@code FOR UPDATE SKIP LOCKED} (so sweeps on several nodes share the work and never fire a
 * deadline twice), calls the {@link DeadlineHandler} for each and marks the batch fired in the same
 * transaction.
 *
 * <p>A sweep is bound by round trips, not by PostgreSQL's work: one node fires one deadline after
 * the other, so each statement per deadline costs a network round trip and two thread wake-ups. A
 * batch therefore runs its handlers without savepoints and marks its deadlines fired in one JDBC
 * batch; only when a handler throws is the batch rolled back and swept again with a savepoint per
 * deadline, so that the failing one alone is retried later.
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

  /**
   * What a sweep did.
   *
   * @param cutShort the sweep stopped at its bound with deadlines still being claimed
   */
  public record SweepResult(int claimed, int fired, int postponed, int failed, boolean cutShort) {
    public static final SweepResult EMPTY = new SweepResult(0, 0, 0, 0, false);

    SweepResult plus(SweepResult other) {
      return new SweepResult(
          claimed + other.claimed,
          fired + other.fired,
          postponed + other.postponed,
          failed + other.failed,
          other.cutShort);
    }

    /**
     * Whether to sweep again at once rather than at the next regular fire: a backlog is left and
     * some deadline fired or failed. Postponements do not count: one to an instant already past
     * would be claimed again, and an immediate sweep would spin on it.
     */
    public boolean backlogLeft() {
      return cutShort && fired + failed > 0;
    }
  }

  /** Sweeps batch after batch until none is due (or a bound is reached); returns the totals. */
  public SweepResult sweepDue() {
    SweepResult total = SweepResult.EMPTY;
    for (int round = 0; round < MAX_BATCHES; round++) {
      SweepResult batch = sweepOnce();
      total = total.plus(batch);
      if (batch.claimed() == 0) {
        return logged(total);
      }
    }
    return logged(new SweepResult(total.claimed, total.fired, total.postponed, total.failed, true));
  }

  private static SweepResult logged(SweepResult total) {
    if (total.failed() > 0) {
      log.warn(
          "deadline sweep: {} fired, {} failed and retry later", total.fired(), total.failed());
    }
    return total;
  }

  /** Claims and fires one batch in one transaction. */
  public SweepResult sweepOnce() {
    try {
      return jdbi.inTransaction(handle -> sweep(handle, false));
    } catch (HandlerFailed e) {
      // Rolled back whole: sweep a batch again, isolating each handler in a savepoint.
      return jdbi.inTransaction(handle -> sweep(handle, true));
    }
  }

  private SweepResult sweep(Handle handle, boolean isolated) {
    Instant now = clock.instant();
    DeadlineStore store = handle.attach(DeadlineStore.class);
    List<DueDeadline> due = store.claimDue(now, batchSize);
    return isolated ? fireIsolated(handle, store, due, now) : fireAll(handle, store, due, now);
  }

  /**
   * Without savepoints: any failure, also a handler that swallowed its own SQL error and left the
   * transaction aborted, rolls the batch back for an isolated sweep.
   */
  private SweepResult fireAll(
      Handle handle, DeadlineStore store, List<DueDeadline> due, Instant now) {
    try {
      for (DueDeadline deadline : due) {
        handler.fire(handle, deadline);
      }
      return result(due.size(), store, due, now);
    } catch (RuntimeException e) {
      throw new HandlerFailed(e);
    }
  }

  private SweepResult fireIsolated(
      Handle handle, DeadlineStore store, List<DueDeadline> due, Instant now) {
    List<DueDeadline> handled = new ArrayList<>(due.size());
    for (DueDeadline deadline : due) {
      if (fireOne(handle, store, deadline, now)) {
        handled.add(deadline);
      }
    }
    return result(due.size(), store, handled, now);
  }

  private static SweepResult result(
      int claimed, DeadlineStore store, List<DueDeadline> handled, Instant now) {
    int fired = handled.isEmpty() ? 0 : countMarked(store.markFired(handled, now));
    return new SweepResult(claimed, fired, handled.size() - fired, claimed - handled.size(), false);
  }

  private boolean fireOne(Handle handle, DeadlineStore store, DueDeadline deadline, Instant now) {
    // Plain SQL, not Handle#savepoint: Jdbi forgets a savepoint whose release failed (as it does
    // after a handler swallowed its own SQL error), and could then not roll back to it.
    handle.execute("savepoint deadline_fire");
    try {
      handler.fire(handle, deadline);
      handle.execute("release savepoint deadline_fire");
      return true;
    } catch (RuntimeException e) {
      handle.execute("rollback to savepoint deadline_fire");
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

  /** Rows the batched update changed; a row it left alone was rescheduled by its handler. */
  private static int countMarked(int[] updated) {
    int marked = 0;
    for (int rows : updated) {
      marked += rows > 0 ? 1 : 0;
    }
    return marked;
  }

  private static Duration retryDelay(int earlierFailures) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(earlierFailures, 10));
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }

  /** A batch without savepoints failed: it must roll back whole. */
  private static final class HandlerFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailed(RuntimeException cause) {
      super(cause);
    }
  }
}
