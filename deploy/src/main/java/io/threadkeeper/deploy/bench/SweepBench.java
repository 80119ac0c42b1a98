package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.DeadlineHandler;
import io.threadkeeper.core.store.DeadlineSweep;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deadline sweep: {@code pending} deadlines of which {@code due} are due at once, swept by one or
 * two nodes (each its own pool, as replicas would be); every firing is recorded so that duplicates
 * can be counted.
 */
final class SweepBench {
  private final Database database;
  private final DatabaseSettings settings;

  SweepBench(Database database, DatabaseSettings settings) {
    this.database = database;
    this.settings = settings;
  }

  void prepare(int pending, int due) {
    database
        .jdbi()
        .useHandle(
            h -> {
              h.execute("create table if not exists bench_fired (deadline_id bigint not null)");
              h.execute(
                  "insert into workspace (platform, external_id) values ('slack', 'TSWEEP')"
                      + " on conflict do nothing");
              long ws =
                  h.createQuery("select id from workspace where external_id = 'TSWEEP'")
                      .mapTo(Long.class)
                      .one();
              h.createUpdate(
                      "insert into channel (workspace_id, external_id) values (:ws, 'CSWEEP')"
                          + " on conflict do nothing")
                  .bind("ws", ws)
                  .execute();
              h.createUpdate(
                      "insert into thread (workspace_id, channel_id, root_key, opened_at,"
                          + " last_activity_at) select :ws, c.id, 'sweep-' || g, now(), now()"
                          + " from generate_series(1, 1000) g, channel c"
                          + " where c.external_id = 'CSWEEP' on conflict do nothing")
                  .bind("ws", ws)
                  .execute();
              h.createUpdate(
                      "insert into deadline (workspace_id, thread_id, kind, due_at, state,"
                          + " created_at) select :ws, t.id, 'bench', case when g <= :due"
                          + " then now() - interval '1 minute' else now() + interval '30 days'"
                          + " end, 'pending', now() from generate_series(1, :pending) g"
                          + " join thread t on t.root_key = 'sweep-' || (1 + g % 1000)")
                  .bind("ws", ws)
                  .bind("due", due)
                  .bind("pending", pending)
                  .execute();
            });
    database.jdbi().useHandle(h -> h.execute("vacuum analyze deadline"));
  }

  /** Makes the due deadlines due again and forgets earlier firings. */
  void reset() {
    database
        .jdbi()
        .useHandle(
            h -> {
              h.execute("truncate bench_fired");
              h.execute(
                  "update deadline set state = 'pending', fired_at = null, attempts = 0"
                      + " where kind = 'bench' and due_at <= now()");
            });
    database.jdbi().useHandle(h -> h.execute("vacuum analyze deadline"));
  }

  /** Seconds until every due deadline fired, with {@code nodes} sweeping side by side. */
  double run(int nodes) throws Exception {
    DeadlineHandler record =
        (handle, deadline) ->
            handle
                .createUpdate("insert into bench_fired (deadline_id) values (:id)")
                .bind("id", deadline.id())
                .execute();
    List<Database> pools = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(nodes);
    try {
      List<Future<?>> done = new ArrayList<>();
      long started = System.nanoTime();
      for (int n = 0; n < nodes; n++) {
        Database pool = Database.open(settings, 2, "bench-sweep-" + n);
        pools.add(pool);
        DeadlineSweep sweep = new DeadlineSweep(pool.jdbi(), record, Clock.systemUTC(), 500);
        done.add(threads.submit(() -> sweepUntilEmpty(sweep)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return IngestBench.seconds(started);
    } finally {
      threads.shutdown();
      pools.forEach(Database::close);
    }
  }

  private static void sweepUntilEmpty(DeadlineSweep sweep) {
    while (sweep.sweepDue().claimed() > 0) {
      // keep sweeping: each call stops after a bounded number of batches
    }
  }

  /** Firings recorded more than once (must be zero). */
  long duplicates() {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select count(*) - count(distinct deadline_id) from bench_fired")
                    .mapTo(Long.class)
                    .one());
  }

  long fired() {
    return database
        .jdbi()
        .withHandle(h -> h.createQuery("select count(*) from bench_fired").mapTo(Long.class).one());
  }
}
