package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.reply;
import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InboxIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private final EventCodec codec = new EventCodec();
  private final Clock clock = Clock.systemUTC();
  private PostgresInbox inbox;

  /** Records each application in the same transaction, so a doubled effect is visible. */
  private final EventApplier countingEffect =
      (handle, event) ->
          handle
              .createUpdate("insert into applied (event_key) values (:key)")
              .bind("key", event.key().value())
              .execute();

  @BeforeEach
  void cleanSlate() {
    postgres
        .jdbi()
        .useHandle(
            h -> {
              h.execute("create table if not exists applied (event_key text not null)");
              h.execute("truncate applied, inbox, thread, message, message_tombstone cascade");
            });
    inbox = new PostgresInbox(postgres.jdbi(), codec, clock, () -> {});
  }

  private InboxProcessor processor(EventApplier... extra) {
    List<EventApplier> appliers = new ArrayList<>();
    appliers.add(new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of()));
    appliers.add(countingEffect);
    appliers.addAll(List.of(extra));
    return new InboxProcessor(
        postgres.jdbi(), codec, appliers, clock, 10, 3, InboxProcessor.Order.ARRIVAL);
  }

  @Test
  void theSameEventDeliveredFourTimesIsStoredOnceAndAppliedOnce() {
    MessagePosted event = root("1700000000.000100", "U1", 0);

    List<Boolean> answers = new ArrayList<>();
    for (int delivery = 0; delivery < 4; delivery++) {
      answers.add(inbox.accept(event));
    }
    processor().drain();
    inbox.accept(event);
    processor().drain();

    assertThat(answers).containsExactly(true, false, false, false);
    assertThat(count("select count(*) from inbox")).isEqualTo(1);
    assertThat(count("select count(*) from applied")).isEqualTo(1);
    assertThat(count("select count(*) from thread")).isEqualTo(1);
  }

  @Test
  void concurrentDeliveriesOfOneEventStoreOneRow() throws Exception {
    MessagePosted event = root("1700000000.000200", "U1", 0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return inbox.accept(event);
              }));
    }
    start.countDown();
    int news = 0;
    for (Future<Boolean> result : results) {
      news += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();

    assertThat(news).isEqualTo(1);
    assertThat(count("select count(*) from inbox")).isEqualTo(1);
  }

  @Test
  void aProcessorKilledMidBatchLeavesItsRowsForTheNextStartWhichAppliesEachOnce() throws Exception {
    for (int i = 0; i < 25; i++) {
      inbox.accept(root("1700000000.%06d".formatted(i), "U" + (i % 3), i));
    }
    CountDownLatch midBatch = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    EventApplier hangsOnTheFifthRow =
        (handle, event) -> {
          if (event.key().value().endsWith("000014")) {
            midBatch.countDown();
            await(never);
          }
        };
    InboxProcessor doomed = processor(hangsOnTheFifthRow);
    ExecutorService node = Executors.newSingleThreadExecutor();
    Future<?> running = node.submit(doomed::drain);
    assertThat(midBatch.await(10, TimeUnit.SECONDS)).isTrue();

    // The process dies: its connection goes away and its open transaction with it.
    postgres.execute(
        "select pg_terminate_backend(pid) from pg_stat_activity"
            + " where datname = current_database() and pid <> pg_backend_pid()"
            + " and state = 'idle in transaction'");
    never.countDown();
    node.shutdownNow();
    running.cancel(true);

    long appliedBeforeRestart = count("select count(*) from applied");
    processor().drain();

    assertThat(appliedBeforeRestart).isEqualTo(10);
    assertThat(count("select count(*) from inbox where processed_at is null")).isZero();
    assertThat(count("select count(*) from applied")).isEqualTo(25);
    assertThat(count("select count(distinct event_key) from applied")).isEqualTo(25);
  }

  @Test
  void aPoisonRowIsRecordedAndSetAsideWhileTheOthersAreProcessed() {
    inbox.accept(root("1700000000.000001", "U1", 0));
    inbox.accept(root("1700000000.000002", "U2", 1));
    inbox.accept(reply("1700000000.000003", "1700000000.000001", "U2", 2));
    EventApplier poison =
        (handle, event) -> {
          if (event.key().value().endsWith("000002")) {
            throw new IllegalStateException("cannot apply this one");
          }
        };

    InboxProcessor.BatchResult result = processor(poison).drain();

    assertThat(result.processed()).isEqualTo(2);
    assertThat(result.failed()).isEqualTo(3);
    assertThat(count("select count(*) from applied")).isEqualTo(2);
    String failure =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "select attempts || ' ' || last_error from inbox"
                                + " where processed_at is null")
                        .mapTo(String.class)
                        .one());
    assertThat(failure).isEqualTo("3 java.lang.IllegalStateException: cannot apply this one");
    assertThat(count("select reply_count from thread where root_key = '1700000000.000001'"))
        .isEqualTo(1);
  }

  @Test
  void messageTextIsKeptOnlyUntilTheRowIsProcessed() {
    inbox.accept(
        io.threadkeeper.core.testing.Events.post(
            "1700000000.000009",
            null,
            "U1",
            io.threadkeeper.core.model.AuthorKind.HUMAN,
            0,
            "Can someone review the venue contract?"));
    assertThat(count("select count(*) from inbox where transient_text is not null")).isEqualTo(1);

    processor().drain();

    assertThat(count("select count(*) from inbox where transient_text is not null")).isZero();
    assertThat(count("select count(*) from inbox where payload::text like '%venue%'")).isZero();
  }

  @Test
  void anUnreachableDatabaseIsReportedSoTheAdapterDoesNotAcknowledge() {
    Database closed = Database.open(postgres.settings(), 1, "closed");
    closed.close();
    PostgresInbox unreachable = new PostgresInbox(closed.jdbi(), codec, clock, () -> {});

    ChatEvent event = root("1700000000.000300", "U1", 0);
    assertThatThrownBy(() -> unreachable.accept(event))
        .isInstanceOf(InboxUnavailableException.class)
        .hasMessageContaining("message_posted");
  }

  @Test
  void anImportIsAllOrNothing() {
    List<ChatEvent> events = List.of(root("1.000001", "U1", 0), root("1.000002", "U1", 1));
    try {
      postgres
          .jdbi()
          .useTransaction(
              (Handle h) -> {
                inbox.acceptAll(h, events);
                throw new IllegalStateException("the export broke half-way");
              });
    } catch (IllegalStateException expected) {
      // as intended
    }
    assertThat(count("select count(*) from inbox")).isZero();

    int stored = postgres.jdbi().inTransaction(h -> inbox.acceptAll(h, events));
    assertThat(stored).isEqualTo(2);
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
