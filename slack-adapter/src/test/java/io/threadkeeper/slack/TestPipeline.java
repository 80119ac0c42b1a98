package io.threadkeeper.slack;

import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.NormsRunner;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.PostgresInbox;
import io.threadkeeper.core.store.ThreadProjection;
import io.threadkeeper.core.store.WorkspacePurge;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * The core pipeline as the runnable bot composes it (inbox, processor, thread projection, norms,
 * outbox dispatcher), over a test database. Channels whose name starts with {@code urgent} are
 * urgent. Processing and dispatch run when the test calls them, so nothing races the assertions.
 */
final class TestPipeline implements AutoCloseable {
  private final Jdbi jdbi;
  private final Clock clock;
  private final NormsRunner norms;
  final PostgresInbox inbox;
  final InboxProcessor processor;

  /** The database this pipeline works on. */
  Jdbi jdbi() {
    return jdbi;
  }

  TestPipeline(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC());
  }

  /**
   * @param clock the pipeline's present: a settable clock runs it in simulated time
   */
  TestPipeline(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    EventCodec codec = new EventCodec();
    norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock);
    ThreadProjection projection =
        new ThreadProjection(
            new ThreadTracker(true),
            posted -> List.of(),
            edited -> List.of(),
            name -> name.startsWith("urgent"));
    processor =
        new InboxProcessor(
            jdbi,
            codec,
            List.of(projection, norms, new WorkspacePurge()),
            clock,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(jdbi, codec, clock, () -> {});
  }

  OutboxDispatcher dispatcher(ChatPlatform platform) {
    return dispatcher(platform, EphemeralFallback.DIRECT_MESSAGE);
  }

  OutboxDispatcher dispatcher(ChatPlatform platform, EphemeralFallback fallback) {
    DispatchSettings settings =
        new DispatchSettings(
            20, 8, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMinutes(2));
    return new OutboxDispatcher(jdbi, List.of(platform), clock, settings, new Random(7), fallback);
  }

  /** The live deadline sweep: fires the norms checks due by the pipeline's clock. */
  DeadlineSweep deadlineSweep() {
    return new DeadlineSweep(jdbi, norms.deadlineHandler(clock), clock, 50);
  }

  /** What the outbox row {@code id} was for, e.g. {@code reminder}. */
  String outboxPurpose(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select purpose from outbox where id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .one());
  }

  /** Applies every stored event, then sends every due message. */
  void processAndSend(OutboxDispatcher dispatcher) {
    processor.drain();
    dispatcher.dispatchDue();
  }

  long inboxRows(String eventType) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select count(*) from inbox where event_type = :type")
                .bind("type", eventType)
                .mapTo(Long.class)
                .one());
  }

  long inboxRows() {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from inbox").mapTo(Long.class).one());
  }

  List<String> outboxStates() {
    return jdbi.withHandle(
        h -> h.createQuery("select state from outbox order by id").mapTo(String.class).list());
  }

  void truncate() {
    jdbi.useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
  }

  @Override
  public void close() {
    processor.close();
  }
}
