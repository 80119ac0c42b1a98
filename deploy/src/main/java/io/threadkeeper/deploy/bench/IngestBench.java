package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.deploy.Pipeline;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Ingest: events per second through inbox → processor → tracker → norms → outbox, with ten
 * concurrent deliverers, as Bolt's Socket Mode runs ten envelope workers; the baseline writes the
 * same rows with a bare batched INSERT into a copy of the inbox table.
 */
final class IngestBench {
  private static final int DELIVERERS = 10;

  private final Database database;

  IngestBench(Database database) {
    this.database = database;
  }

  /** Events per second through the whole pipeline. */
  double pipeline(String run, int events) throws Exception {
    List<MessagePosted> batch = SyntheticEvents.messages(run, events, Instant.now());
    try (Pipeline pipeline = Pipeline.live(database, Clock.systemUTC())) {
      long started = System.nanoTime();
      ExecutorService deliverers = Executors.newFixedThreadPool(DELIVERERS);
      List<Future<?>> done = new ArrayList<>();
      for (int d = 0; d < DELIVERERS; d++) {
        int offset = d;
        done.add(
            deliverers.submit(
                () -> {
                  for (int i = offset; i < batch.size(); i += DELIVERERS) {
                    pipeline.inbox().accept(batch.get(i));
                  }
                }));
      }
      pipeline.processor().start();
      for (Future<?> f : done) {
        f.get();
      }
      deliverers.shutdown();
      deliverers.awaitTermination(1, TimeUnit.MINUTES);
      pipeline.processor().close();
      pipeline.processor().drain();
      return events / seconds(started);
    }
  }

  /** Rows per second of a bare batched INSERT of the same rows. */
  double bareInsert(String run, int events) {
    List<MessagePosted> batch = SyntheticEvents.messages(run, events, Instant.now());
    EventCodec codec = new EventCodec();
    long started = System.nanoTime();
    database
        .jdbi()
        .useHandle(
            handle -> {
              PreparedBatch insert =
                  handle.prepareBatch(
                      "insert into bench_bare_inbox (workspace_key, event_key, event_type,"
                          + " payload, transient_text, occurred_at, received_at) values"
                          + " (:w, :k, :t, cast(:p as jsonb), :x, :o, :r)");
              for (MessagePosted event : batch) {
                EventCodec.Encoded encoded = codec.encode(event);
                insert
                    .bind("w", event.workspace().key())
                    .bind("k", event.key().value())
                    .bind("t", encoded.type())
                    .bind("p", encoded.payload())
                    .bind("x", encoded.text())
                    .bind("o", OffsetDateTime.ofInstant(event.occurredAt(), ZoneOffset.UTC))
                    .bind("r", OffsetDateTime.now(ZoneOffset.UTC))
                    .add();
                if (insert.size() == 500) {
                  insert.execute();
                }
              }
              if (insert.size() > 0) {
                insert.execute();
              }
            });
    return events / seconds(started);
  }

  void prepareBaseline() {
    database
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "create table if not exists bench_bare_inbox" + " (like inbox including all)"));
  }

  static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
