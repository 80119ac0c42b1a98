package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.norms.text.MessageFlags;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Structural guard for ingest speed: how many database round trips (statements, savepoints,
 * commits) the live appliers spend per {@code MessagePosted}. Not timed, so it does not flake on a
 * busy machine, but it fails when a change brings back per-event lookups.
 */
class InboxRoundTripsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final int THREADS = 20;
  private static final int REPLIES = 4;
  private static final int EVENTS = THREADS * (1 + REPLIES);

  /**
   * Measured 0.28 per message with batch reads and held-back writes; 4.4 with the batch cache
   * alone; 24.4 before it.
   */
  private static final double MAX_ROUND_TRIPS_PER_MESSAGE = 1.0;

  private final AtomicInteger roundTrips = new AtomicInteger();
  private final Clock clock = Clock.systemUTC();
  private PostgresInbox inbox;
  private InboxProcessor processor;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
    NormsRunner norms =
        new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), Clock.systemUTC());
    List<EventApplier> appliers =
        List.of(
            new ThreadProjection(
                new ThreadTracker(true), MessageFlags::ofPost, MessageFlags::ofEdit),
            new CommandApplier(clock, new WeeklyReportQuery(postgres.jdbi())),
            norms);
    processor =
        new InboxProcessor(counted(), codec, appliers, clock, 500, 5, InboxProcessor.Order.ARRIVAL);
  }

  @Test
  void aBatchOfMessagesCostsAFewRoundTripsPerMessage() {
    for (MessagePosted message : conversation()) {
      inbox.accept(message);
    }
    roundTrips.set(0);

    InboxProcessor.BatchResult result = processor.processBatch();

    assertThat(result).isEqualTo(new InboxProcessor.BatchResult(EVENTS, EVENTS, 0));
    assertThat(count("select count(*) from thread where reply_count = " + REPLIES))
        .isEqualTo(THREADS);
    assertThat(count("select count(*) from message")).isEqualTo(EVENTS);
    assertThat(count("select count(*) from deadline where kind = 'norms_check'"))
        .isEqualTo(THREADS);
    assertThat(count("select count(*) from inbox where processed_at is null")).isZero();
    double perMessage = roundTrips.get() / (double) EVENTS;
    assertThat(perMessage).isLessThanOrEqualTo(MAX_ROUND_TRIPS_PER_MESSAGE);
  }

  /** Threads of a root and replies by a handful of people, one in five asking for an update. */
  private static List<MessagePosted> conversation() {
    List<MessagePosted> messages = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String root = "1700000000." + (100_000 + t * 10);
      messages.add(
          Events.post(root, null, "U" + t % 6, AuthorKind.HUMAN, t, "Who can review the draft?"));
      for (int r = 1; r <= REPLIES; r++) {
        String text = r == REPLIES ? "any update??" : "Looking at it now.";
        messages.add(
            Events.post(
                root.substring(0, root.length() - 1) + r,
                root,
                "U" + (t + r) % 6,
                AuthorKind.HUMAN,
                t + r,
                text));
      }
    }
    return messages;
  }

  /** A Jdbi over the same pool that counts every statement, savepoint and commit it sends. */
  private Jdbi counted() {
    Jdbi jdbi = Database.configure(Jdbi.create(postgres.database().dataSource()));
    jdbi.getConfig(SqlStatements.class)
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logAfterExecution(StatementContext context) {
                roundTrips.incrementAndGet();
              }

              @Override
              public void logException(StatementContext context, java.sql.SQLException ex) {
                roundTrips.incrementAndGet();
              }
            });
    jdbi.setTransactionHandler(
        new DelegatingTransactionHandler(LocalTransactionHandler.binding()) {
          @Override
          public void commit(Handle handle) {
            roundTrips.incrementAndGet();
            super.commit(handle);
          }

          @Override
          public void savepoint(Handle handle, String name) {
            roundTrips.incrementAndGet();
            super.savepoint(handle, name);
          }

          @Override
          public void releaseSavepoint(Handle handle, String name) {
            roundTrips.incrementAndGet();
            super.releaseSavepoint(handle, name);
          }

          @Override
          public void rollbackToSavepoint(Handle handle, String name) {
            roundTrips.incrementAndGet();
            super.rollbackToSavepoint(handle, name);
          }
        });
    return jdbi;
  }

  private static int count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }
}
