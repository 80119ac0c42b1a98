package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.store.testing.PostgresExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retention purge on PostgreSQL: old rows go in batches, live work goes on meanwhile. */
class RetentionPurgeIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private final Clock clock = Clock.systemUTC();

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
  }

  @Test
  void aRetentionPurgeOf100000OldRowsCompletesInBatchesWhileNewEventsKeepBeingAccepted()
      throws Exception {
    Instant now = clock.instant();
    insertInboxRows(100_000, "old", now.minus(Duration.ofDays(30)), true);
    insertInboxRows(100, "recent", now.minus(Duration.ofDays(2)), true);
    insertInboxRows(10, "pending", now.minus(Duration.ofDays(60)), false);
    PostgresInbox inbox = new PostgresInbox(postgres.jdbi(), new EventCodec(), clock, () -> {});
    RetentionPurge purge =
        new RetentionPurge(postgres.jdbi(), clock, RetentionPolicy.defaults(), 1_000);

    CompletableFuture<RetentionPurge.Report> purging = CompletableFuture.supplyAsync(purge::purge);
    List<Long> latenciesMillis = new ArrayList<>();
    int accepted = 0;
    while (!purging.isDone()) {
      long start = System.nanoTime();
      if (inbox.accept(root("live-" + latenciesMillis.size(), "U0LIVE", 0))) {
        accepted++;
      }
      latenciesMillis.add((System.nanoTime() - start) / 1_000_000);
    }
    RetentionPurge.Report report = purging.get();

    assertThat(report.inbox()).isEqualTo(100_000);
    assertThat(report.batches()).isGreaterThanOrEqualTo(100);
    assertThat(accepted).isEqualTo(latenciesMillis.size()).isGreaterThan(10);
    assertThat(latenciesMillis).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
    assertThat(count("select count(*) from inbox where event_key like 'old-%'")).isZero();
    assertThat(count("select count(*) from inbox where event_key like 'recent-%'")).isEqualTo(100);
    assertThat(count("select count(*) from inbox where event_key like 'pending-%'")).isEqualTo(10);
    assertThat(count("select count(*) from inbox where payload::text like '%U0LIVE%'"))
        .isEqualTo(accepted);
  }

  @Test
  void aQuietThreadGoesWithItsMessagesDeadlinesAndOutboxWhileALiveThreadKeepsItsOldMessages() {
    Instant now = clock.instant();
    Instant old = now.minus(Duration.ofDays(200));
    Instant recent = now.minus(Duration.ofDays(3));
    postgres
        .jdbi()
        .useHandle(
            h -> {
              h.execute("insert into workspace (platform, external_id) values ('slack', 'T1')");
              h.execute(
                  "insert into channel (workspace_id, external_id) values (1, 'C1'), (1, 'C2')");
              h.execute("insert into member (workspace_id, external_id) values (1, 'U1')");
              thread(h, 1, "1.0", old);
              thread(h, 1, "2.0", recent);
              message(h, "1.0", "1.0", old);
              message(h, "1.1", "1.0", old.plusSeconds(60));
              message(h, "2.0", "2.0", old);
              message(h, "2.1", "2.0", recent);
              h.execute(
                  "insert into deadline (workspace_id, thread_id, kind, due_at, created_at)"
                      + " values (1, 1, 'norms_check', ?, ?), (1, 2, 'norms_check', ?, ?)",
                  now.plusSeconds(60),
                  old,
                  now.plusSeconds(60),
                  recent);
              outbox(h, "1.0", "pending", old);
              outbox(h, "2.0", "sent", old);
              outbox(h, null, "sent", old);
              outbox(h, null, "pending", old);
              outbox(h, null, "sent", recent);
              h.execute(
                  "insert into message_tombstone values (1, '9.0', ?), (1, '9.1', ?)", old, recent);
              h.execute(
                  "insert into audit_log (workspace_id, at, actor, action, outcome)"
                      + " values (1, ?, 'U1', 'config', 'changed'), (1, ?, 'U1', 'config', 'changed')",
                  now.minus(Duration.ofDays(400)),
                  now.minus(Duration.ofDays(300)));
            });

    RetentionPurge.Report report =
        new RetentionPurge(postgres.jdbi(), clock, RetentionPolicy.defaults(), 2).purge();

    assertThat(report.threads()).isOne();
    assertThat(report.messages()).isEqualTo(2);
    assertThat(strings("select root_key from thread")).containsExactly("2.0");
    assertThat(strings("select message_key from message order by 1")).containsExactly("2.0", "2.1");
    assertThat(count("select count(*) from deadline where thread_id = 2")).isOne();
    assertThat(count("select count(*) from deadline")).isOne();
    assertThat(
            strings("select state || ':' || coalesce(thread_root_key, '-') from outbox order by 1"))
        .containsExactly("pending:-", "sent:-");
    assertThat(strings("select message_key from message_tombstone")).containsExactly("9.1");
    assertThat(count("select count(*) from audit_log")).isOne();
    assertThat(report.auditLog()).isOne();
  }

  private void insertInboxRows(int rows, String prefix, Instant processedAt, boolean processed) {
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "insert into inbox (workspace_key, event_key, event_type, payload,"
                            + " occurred_at, received_at, processed_at)"
                            + " select 'slack:T0TEST', :prefix || '-' || i, 'message_posted', '{}',"
                            + " :at, :at, case when :processed then :at end"
                            + " from generate_series(1, :rows) i")
                    .bind("prefix", prefix)
                    .bind("at", processedAt)
                    .bind("processed", processed)
                    .bind("rows", rows)
                    .execute());
  }

  private static void thread(org.jdbi.v3.core.Handle h, int channel, String root, Instant last) {
    h.execute(
        "insert into thread (workspace_id, channel_id, root_key, opened_at, last_activity_at)"
            + " values (1, ?, ?, ?, ?)",
        channel,
        root,
        last.minus(Duration.ofDays(1)),
        last);
  }

  private static void message(org.jdbi.v3.core.Handle h, String key, String root, Instant at) {
    h.execute(
        "insert into message (workspace_id, channel_id, message_key, root_key, author_member_id,"
            + " author_kind, posted_at) values (1, 1, ?, ?, 1, 'human', ?)",
        key,
        root,
        at);
  }

  private static void outbox(org.jdbi.v3.core.Handle h, String root, String state, Instant at) {
    h.execute(
        "insert into outbox (workspace_id, kind, channel_key, thread_root_key, payload, state,"
            + " not_before, created_at) values (1, 'channel', 'C1', ?, '{}', ?, ?, ?)",
        root,
        state,
        at,
        at);
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private List<String> strings(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
