package io.threadkeeper.discord;

import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.store.CommandApplier;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.NormsRunner;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.PostgresCommandDesk;
import io.threadkeeper.core.store.PostgresInbox;
import io.threadkeeper.core.store.ThreadProjection;
import io.threadkeeper.core.store.WeeklyReportQuery;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * The real core pipeline over a test database, as the runnable bot composes it: inbox, processor
 * with thread projection, commands and norms, the command desk, the deadline sweep and an outbox
 * dispatcher, all on one clock (a settable one for simulated time). Tests drain, sweep and dispatch
 * by hand so that "nothing was sent" is a fact, not a timeout. Channels named {@code urgent…} start
 * urgent.
 */
final class TestPipeline implements AutoCloseable {
  private final Jdbi jdbi;
  private final Clock clock;
  private final PostgresInbox inbox;
  private final InboxProcessor processor;
  private final NormsRunner norms;
  private final PostgresCommandDesk desk;

  TestPipeline(Jdbi jdbi) {
    this(jdbi, Clock.systemUTC(), Duration.ofMillis(1500));
  }

  /**
   * @param deskBudget how long the desk waits for the inbox before answering that it is slow
   */
  TestPipeline(Jdbi jdbi, Clock clock, Duration deskBudget) {
    this.jdbi = jdbi;
    this.clock = clock;
    EventCodec codec = new EventCodec();
    this.norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock);
    ThreadProjection projection =
        new ThreadProjection(
            new ThreadTracker(true),
            p -> List.of(),
            e -> List.of(),
            name -> name.startsWith("urgent"));
    CommandApplier commands = new CommandApplier(clock, new WeeklyReportQuery(jdbi));
    this.processor =
        new InboxProcessor(
            jdbi,
            codec,
            List.of(projection, commands, norms),
            clock,
            100,
            3,
            InboxProcessor.Order.ARRIVAL);
    this.inbox = new PostgresInbox(jdbi, codec, clock, () -> {});
    this.desk = new PostgresCommandDesk(inbox, jdbi, clock, deskBudget);
  }

  CommandDesk desk() {
    return desk;
  }

  /** Runs the deadline sweep at the clock's present moment. */
  DeadlineSweep.SweepResult sweep() {
    return new DeadlineSweep(jdbi, norms.deadlineHandler(clock), clock, 200).sweepDue();
  }

  @Override
  public void close() {
    desk.close();
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
    return new OutboxDispatcher(jdbi, List.of(platform), clock, settings, new Random(1));
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

  /** One row of a query, for assertions on stored state. */
  Map<String, Object> one(String sql, Object... arguments) {
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql);
          for (int i = 0; i < arguments.length; i++) {
            query.bind(i, arguments[i]);
          }
          return query.mapToMap().one();
        });
  }

  /** An outbox row for a post in {@code channel} of guild {@code guild}, as a node claimed it. */
  long claimedChannelPost(String guild, String channel) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "insert into outbox (workspace_id, kind, channel_key, payload, state,"
                        + " not_before, created_at, claimed_at)"
                        + " select id, 'channel', :channel, '{}'::jsonb, 'in_flight', now(), now(),"
                        + " now() from workspace where platform = 'discord' and external_id = :guild"
                        + " returning id")
                .bind("guild", guild)
                .bind("channel", channel)
                .mapTo(Long.class)
                .one());
  }

  Jdbi jdbi() {
    return jdbi;
  }

  void reset() {
    jdbi.useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
  }
}
