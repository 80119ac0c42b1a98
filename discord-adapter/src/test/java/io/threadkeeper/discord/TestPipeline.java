package io.threadkeeper.discord;

import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.NormsRunner;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.PostgresInbox;
import io.threadkeeper.core.store.ThreadProjection;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * The real core pipeline over a test database, as the runnable bot composes it: inbox, processor
 * with thread projection and norms, and an outbox dispatcher. Tests drain and dispatch by hand so
 * that "nothing was sent" is a fact, not a timeout. Channels named {@code urgent…} start urgent.
 */
final class TestPipeline {
  private final Jdbi jdbi;
  private final PostgresInbox inbox;
  private final InboxProcessor processor;

  TestPipeline(Jdbi jdbi) {
    this.jdbi = jdbi;
    Clock clock = Clock.systemUTC();
    EventCodec codec = new EventCodec();
    NormsRunner norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock);
    ThreadProjection projection =
        new ThreadProjection(
            new ThreadTracker(true),
            p -> List.of(),
            e -> List.of(),
            name -> name.startsWith("urgent"));
    this.processor =
        new InboxProcessor(
            jdbi, codec, List.of(projection, norms), clock, 100, 3, InboxProcessor.Order.ARRIVAL);
    this.inbox = new PostgresInbox(jdbi, codec, clock, () -> {});
  }

  Inbox inbox() {
    return inbox;
  }

  /**
   * Processes everything in the inbox, then sends every due outbox row through {@code platform}.
   */
  int processAndDispatch(ChatPlatform platform) {
    processor.drain();
    return dispatcher(platform).dispatchDue();
  }

  void process() {
    processor.drain();
  }

  OutboxDispatcher dispatcher(ChatPlatform platform) {
    DispatchSettings settings =
        new DispatchSettings(
            20, 3, Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofMinutes(2));
    return new OutboxDispatcher(
        jdbi, List.of(platform), Clock.systemUTC(), settings, new Random(1));
  }

  /** Rows of the inbox of {@code type} whose key contains {@code keyPart}. */
  long inboxCount(String type, String keyPart) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select count(*) from inbox where event_type = :type and event_key like :key")
                .bind("type", type)
                .bind("key", "%" + keyPart + "%")
                .mapTo(Long.class)
                .one());
  }

  List<Map<String, Object>> outbox() {
    return jdbi.withHandle(
        h -> h.createQuery("select * from outbox order by id").mapToMap().list());
  }

  void reset() {
    jdbi.useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
  }
}
