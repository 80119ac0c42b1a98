package io.threadkeeper.core.store;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes data older than its {@link RetentionPolicy}, in batches of a few hundred rows, each in
 * its own short transaction with a lock timeout, so that the inbox, the processor and the sweeps
 * never wait behind it for long. Rows another transaction holds are skipped and taken the next day.
 *
 * <p>Thread-safe; several nodes may purge at once (they skip each other's rows).
 */
public final class RetentionPurge {
  private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final RetentionPolicy policy;
  private final int batchSize;

  public RetentionPurge(Jdbi jdbi, Clock clock, RetentionPolicy policy, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.jdbi = jdbi;
    this.clock = clock;
    this.policy = policy;
    this.batchSize = batchSize;
  }

  /** What one purge removed, and in how many transactions. */
  public record Report(
      long inbox,
      long threads,
      long messages,
      long outbox,
      long tombstones,
      long auditLog,
      int batches) {}

  /** Purges every kind of data until no old row is left (or only rows others hold). */
  public Report purge() {
    Instant now = clock.instant();
    Instant inboxCutoff = now.minus(policy.processedInbox());
    Instant historyCutoff = now.minus(policy.history());
    Instant auditCutoff = now.minus(policy.auditLog());
    Counter batches = new Counter();
    long inbox = repeat(batches, (store, limit) -> store.purgeInbox(inboxCutoff, limit));
    long[] history = purgeThreads(batches, historyCutoff);
    long outbox = repeat(batches, (store, limit) -> store.purgeOutbox(historyCutoff, limit));
    long tombstones =
        repeat(batches, (store, limit) -> store.purgeTombstones(historyCutoff, limit));
    long audit = repeat(batches, (store, limit) -> store.purgeAudit(auditCutoff, limit));
    Report report =
        new Report(
            inbox, history[0], history[1], history[2] + outbox, tombstones, audit, batches.value);
    log.info("retention purge: {}", report);
    return report;
  }

  private long[] purgeThreads(Counter batches, Instant cutoff) {
    long[] totals = new long[3];
    while (true) {
      RetentionStore.ThreadBatch batch =
          inBatch(batches, h -> h.attach(RetentionStore.class).purgeThreads(cutoff, batchSize));
      totals[0] += batch.threads();
      totals[1] += batch.messages();
      totals[2] += batch.outbox();
      if (batch.threads() < batchSize) {
        return totals;
      }
    }
  }

  private long repeat(Counter batches, BiFunction<RetentionStore, Integer, Integer> statement) {
    long total = 0;
    while (true) {
      int deleted =
          inBatch(batches, h -> statement.apply(h.attach(RetentionStore.class), batchSize));
      total += deleted;
      if (deleted < batchSize) {
        return total;
      }
    }
  }

  private <T> T inBatch(
      Counter batches, org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
    batches.value++;
    return jdbi.inTransaction(
        (Handle h) -> {
          // A batch that would wait on a lock gives up instead of queueing live work behind it.
          h.execute("set local lock_timeout = '2s'");
          return work.withHandle(h);
        });
  }

  private static final class Counter {
    int value;
  }
}
