package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeadlineSweepIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final SettableClock clock = new SettableClock(NOW);
  private final ExecutorService nodes = Executors.newFixedThreadPool(2);
  private long threadId;

  /** Records each firing in the sweep's transaction, so a doubled or lost firing is visible. */
  private final DeadlineHandler recording =
      (handle, deadline) ->
          handle
              .createUpdate("insert into fired (deadline_id) values (:id)")
              .bind("id", deadline.id())
              .execute();

  @BeforeEach
  void cleanSlate() {
    threadId = seedThread(postgres);
    postgres.execute("create table if not exists fired (deadline_id bigint not null)");
    postgres.execute("truncate fired, deadline");
  }

  @AfterEach
  void stopNodes() {
    nodes.shutdownNow();
  }

  /** One workspace, channel and thread for deadlines to hang on; returns the thread id. */
  static long seedThread(PostgresExtension postgres) {
    return postgres
        .jdbi()
        .withHandle(
            h -> {
              h.execute(
                  "insert into workspace (platform, external_id) values ('slack', 'T0SWEEP')"
                      + " on conflict do nothing");
              h.execute(
                  "insert into channel (workspace_id, external_id)"
                      + " select id, 'C0SWEEP' from workspace where external_id = 'T0SWEEP'"
                      + " on conflict do nothing");
              h.execute(
                  "insert into thread (workspace_id, channel_id, root_key, opened_at,"
                      + " last_activity_at) select workspace_id, id, '1.0', now(), now()"
                      + " from channel where external_id = 'C0SWEEP' on conflict do nothing");
              return h.createQuery("select id from thread where root_key = '1.0'")
                  .mapTo(Long.class)
                  .one();
            });
  }

  /** Inserts {@code count} pending deadlines due {@code offsetSeconds} + i seconds from NOW. */
  static void seedDeadlines(PostgresExtension postgres, long threadId, int count, long offset) {
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "insert into deadline (workspace_id, thread_id, kind, due_at, created_at)"
                            + " select t.workspace_id, t.id, 'reply_overdue',"
                            + " :base + make_interval(secs => g), :base"
                            + " from thread t, generate_series(0, :count - 1) g where t.id = :thread")
                    .bind("base", NOW.plusSeconds(offset))
                    .bind("count", count)
                    .bind("thread", threadId)
                    .execute());
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void theClaimReadsThePartialIndexNotTheWholeTable() {
    seedDeadlines(postgres, threadId, 49_900, 86_400);
    seedDeadlines(postgres, threadId, 100, -3_600);
    postgres.execute("analyze deadline");

    String plan =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    String.join(
                        "\n",
                        h.createQuery("explain " + claimSql())
                            .bind("now", NOW)
                            .bind("limit", 200)
                            .mapTo(String.class)
                            .list()));

    assertThat(plan).contains("Index Scan using deadline_pending_by_due on deadline");
    assertThat(plan).doesNotContain("Seq Scan on deadline");
    assertThat(new DeadlineSweep(postgres.jdbi(), recording, clock, 200).sweepDue().fired())
        .isEqualTo(100);
  }

  @Test
  void twoNodesFireTenThousandDueDeadlinesEachExactlyOnce() throws Exception {
    seedDeadlines(postgres, threadId, 10_000, -20_000);
    try (Database nodeA = Database.open(postgres.settings(), 2, "sweep-a");
        Database nodeB = Database.open(postgres.settings(), 2, "sweep-b")) {
      Future<DeadlineSweep.SweepResult> a =
          nodes.submit(new DeadlineSweep(nodeA.jdbi(), recording, clock, 200)::sweepDue);
      Future<DeadlineSweep.SweepResult> b =
          nodes.submit(new DeadlineSweep(nodeB.jdbi(), recording, clock, 200)::sweepDue);
      await().atMost(Duration.ofSeconds(90)).until(() -> a.isDone() && b.isDone());

      assertThat(a.get().fired() + b.get().fired()).isEqualTo(10_000);
    }
    assertThat(count("select count(*) from fired")).isEqualTo(10_000);
    assertThat(count("select count(distinct deadline_id) from fired")).isEqualTo(10_000);
    assertThat(count("select count(*) from deadline where state = 'fired'")).isEqualTo(10_000);
  }

  @Test
  void whenANodeDiesMidSweepTheOtherFiresItsDeadlinesOnce() throws Exception {
    seedDeadlines(postgres, threadId, 2_000, -5_000);
    CountDownLatch stuck = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger doomedPid = new AtomicInteger();
    AtomicInteger firedByDoomed = new AtomicInteger();
    DeadlineHandler hangsOnTheFiftiethFiring =
        (handle, deadline) -> {
          recording.fire(handle, deadline);
          if (firedByDoomed.incrementAndGet() == 50) {
            doomedPid.set(handle.createQuery("select pg_backend_pid()").mapTo(Integer.class).one());
            stuck.countDown();
            awaitQuietly(release);
          }
        };
    try (Database nodeA = Database.open(postgres.settings(), 2, "sweep-doomed");
        Database nodeB = Database.open(postgres.settings(), 2, "sweep-survivor")) {
      Future<?> doomed =
          nodes.submit(
              new DeadlineSweep(nodeA.jdbi(), hangsOnTheFiftiethFiring, clock, 200)::sweepDue);
      assertThat(stuck.await(30, TimeUnit.SECONDS)).isTrue();
      DeadlineSweep survivor = new DeadlineSweep(nodeB.jdbi(), recording, clock, 200);
      assertThat(survivor.sweepDue().fired()).isEqualTo(1_800);

      postgres.execute("select pg_terminate_backend(" + doomedPid.get() + ")");
      release.countDown();
      await().atMost(Duration.ofSeconds(30)).until(doomed::isDone);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> survivor.sweepDue().claimed() == 0 && pending() == 0);
    }
    assertThat(count("select count(*) from fired")).isEqualTo(2_000);
    assertThat(count("select count(distinct deadline_id) from fired")).isEqualTo(2_000);
  }

  @Test
  void aHandlerMayPostponeADeadlineInsteadOfFiringIt() {
    seedDeadlines(postgres, threadId, 3, -60);
    Instant morning = NOW.plus(Duration.ofHours(14));
    DeadlineHandler quietHours =
        (handle, deadline) -> Deadlines.reschedule(handle, deadline.id(), morning);

    DeadlineSweep.SweepResult result =
        new DeadlineSweep(postgres.jdbi(), quietHours, clock, 200).sweepDue();

    assertThat(result.postponed()).isEqualTo(3);
    assertThat(result.fired()).isZero();
    assertThat(
            count(
                "select count(*) from deadline where state = 'pending' and due_at = '"
                    + morning
                    + "'"))
        .isEqualTo(3);
    clock.advance(Duration.ofHours(14));
    assertThat(new DeadlineSweep(postgres.jdbi(), recording, clock, 200).sweepDue().fired())
        .isEqualTo(3);
  }

  @Test
  void aFailingHandlerIsRetriedLaterWhileTheRestOfTheBatchFires() {
    seedDeadlines(postgres, threadId, 5, -60);
    long poison = count("select min(id) from deadline");
    DeadlineHandler failsOnOne =
        (handle, deadline) -> {
          recording.fire(handle, deadline);
          if (deadline.id() == poison) {
            throw new IllegalStateException("cannot remind");
          }
        };

    DeadlineSweep.SweepResult result =
        new DeadlineSweep(postgres.jdbi(), failsOnOne, clock, 200).sweepDue();

    assertThat(result.fired()).isEqualTo(4);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(count("select count(*) from fired where deadline_id = " + poison)).isZero();
    assertThat(
            count(
                "select count(*) from deadline where id = "
                    + poison
                    + " and state = 'pending' and attempts = 1"
                    + " and due_at = timestamptz '2026-03-02 09:01:00Z'"))
        .isEqualTo(1);
  }

  @Test
  void aHandlerWhoseSqlFailsIsRetriedLaterWhileTheRestOfTheBatchFiresOnce() {
    seedDeadlines(postgres, threadId, 5, -60);
    long poison = count("select min(id) from deadline");
    DeadlineHandler divides =
        (handle, deadline) -> {
          recording.fire(handle, deadline);
          handle.execute("select 1 / " + (deadline.id() == poison ? 0 : 1));
        };

    DeadlineSweep.SweepResult result =
        new DeadlineSweep(postgres.jdbi(), divides, clock, 200).sweepDue();

    assertThat(result.fired()).isEqualTo(4);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(count("select count(*) from fired")).isEqualTo(4);
    assertThat(count("select count(distinct deadline_id) from fired")).isEqualTo(4);
    assertThat(count("select count(*) from fired where deadline_id = " + poison)).isZero();
    assertThat(count("select attempts from deadline where id = " + poison)).isEqualTo(1);
  }

  @Test
  void aHandlerThatSwallowsItsOwnSqlErrorFailsAloneInsteadOfSinkingTheBatch() {
    seedDeadlines(postgres, threadId, 5, -60);
    long poison = count("select max(id) from deadline");
    DeadlineHandler swallows =
        (handle, deadline) -> {
          recording.fire(handle, deadline);
          if (deadline.id() == poison) {
            try {
              handle.execute("select 1 / 0");
            } catch (RuntimeException ignored) {
              // the transaction stays aborted: the sweep must notice, not this handler
            }
          }
        };

    DeadlineSweep.SweepResult result =
        new DeadlineSweep(postgres.jdbi(), swallows, clock, 200).sweepDue();

    assertThat(result.fired()).isEqualTo(4);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(count("select count(*) from fired")).isEqualTo(4);
    assertThat(count("select count(*) from deadline where state = 'fired'")).isEqualTo(4);
    assertThat(
            count(
                "select count(*) from deadline where id = "
                    + poison
                    + " and state = 'pending' and attempts = 1"))
        .isEqualTo(1);
  }

  private long pending() {
    return count("select count(*) from deadline where state = 'pending'");
  }

  private static String claimSql() {
    String resource = "io/threadkeeper/core/store/DeadlineStore/claimDue.sql";
    try (InputStream in = DeadlineSweepIT.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
