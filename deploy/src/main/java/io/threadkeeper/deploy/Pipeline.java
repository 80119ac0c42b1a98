package io.threadkeeper.deploy;

import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.norms.text.MessageFlags;
import io.threadkeeper.core.port.EchoedSends;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.port.ReadMarks;
import io.threadkeeper.core.store.CommandApplier;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.EffectLog;
import io.threadkeeper.core.store.EventApplier;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.core.store.ExportImport;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.NormsRunner;
import io.threadkeeper.core.store.PostgresCommandDesk;
import io.threadkeeper.core.store.PostgresEchoedSends;
import io.threadkeeper.core.store.PostgresInbox;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.core.store.PostgresReadMarks;
import io.threadkeeper.core.store.SimulatedTicks;
import io.threadkeeper.core.store.ThreadProjection;
import io.threadkeeper.core.store.WeeklyReportQuery;
import io.threadkeeper.core.store.WorkspacePurge;
import io.threadkeeper.core.tracker.ThreadTracker;
import io.threadkeeper.deploy.ops.CountingInbox;
import io.threadkeeper.discord.export.DiscordExportReader;
import io.threadkeeper.slack.export.SlackExportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The composition root of the core pipeline: inbox, processor, tracker, norms and queries over one
 * database. Live, events are applied as they arrive; for an import, the directory comes first and
 * history is replayed in its own order with simulated norms checks in between.
 */
public final class Pipeline implements AutoCloseable {
  private static final List<ExportReader> EXPORT_READERS =
      List.of(new SlackExportReader(), new DiscordExportReader());

  /** How long a command may wait for the inbox: well inside the platforms' 3 seconds. */
  private static final Duration COMMAND_BUDGET = Duration.ofMillis(1500);

  private final Database database;
  private final NormsRunner norms;
  private final SimulatedTicks simulatedTicks;
  private final PostgresInbox inbox;
  private final CountingInbox countingInbox;
  private final InboxProcessor processor;
  private final PostgresCommandDesk desk;

  private Pipeline(
      Database database, Clock clock, InboxProcessor.Order order, Predicate<String> urgent) {
    this.database = database;
    this.norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), clock);
    this.simulatedTicks = new SimulatedTicks(norms);
    EventCodec codec = new EventCodec();
    List<EventApplier> appliers = new ArrayList<>();
    if (order == InboxProcessor.Order.IMPORT) {
      appliers.add(simulatedTicks);
    }
    appliers.add(
        new ThreadProjection(
            new ThreadTracker(true), MessageFlags::ofPost, MessageFlags::ofEdit, urgent));
    // Commands change owners and resolve threads, which the norms must see in the same step.
    appliers.add(new CommandApplier(clock, new WeeklyReportQuery(database.jdbi())));
    appliers.add(norms);
    // Last: the appliers above create the workspace row of any event, the purge deletes it.
    appliers.add(new WorkspacePurge());
    this.processor = new InboxProcessor(database.jdbi(), codec, appliers, clock, 500, 5, order);
    this.inbox = new PostgresInbox(database.jdbi(), codec, clock, processor::wake);
    this.countingInbox = new CountingInbox(inbox);
    this.desk = new PostgresCommandDesk(countingInbox, database.jdbi(), clock, COMMAND_BUDGET);
  }

  /** Events applied as they arrive. */
  public static Pipeline live(Database database, Clock clock) {
    return new Pipeline(database, clock, InboxProcessor.Order.ARRIVAL, name -> false);
  }

  /**
   * An export replayed in its own order, in simulated time.
   *
   * @param urgent which channels, by name, to treat as urgent
   */
  public static Pipeline forImport(Database database, Clock clock, Predicate<String> urgent) {
    return new Pipeline(database, clock, InboxProcessor.Order.IMPORT, urgent);
  }

  public NormsRunner norms() {
    return norms;
  }

  /** Where the platform connections hand {@code /async} commands and interactions. */
  public PostgresCommandDesk commandDesk() {
    return desk;
  }

  /** What a member's home tab shows; read-only. */
  public PostgresMemberOverviews memberOverviews() {
    return new PostgresMemberOverviews(database.jdbi());
  }

  /** Where the platform connections hand events; counts them for {@code /metrics}. */
  public CountingInbox inbox() {
    return countingInbox;
  }

  public InboxProcessor processor() {
    return processor;
  }

  public ExportImport exportImport() {
    return new ExportImport(database.jdbi(), inbox, processor);
  }

  /** Runs the norms checks that fall due up to {@code until}, in simulated time. */
  public int fireChecksUntil(Instant until) {
    return database.jdbi().inTransaction(handle -> simulatedTicks.fireUntil(handle, until));
  }

  /** Where a connection keeps the newest message it saw per channel, across restarts. */
  public ReadMarks readMarks() {
    return new PostgresReadMarks(database.jdbi());
  }

  /** Where a connection keeps the platform's echoes of the bot's own messages, for any node. */
  public EchoedSends echoedSends() {
    return new PostgresEchoedSends(database.jdbi());
  }

  public WeeklyReportQuery health() {
    return new WeeklyReportQuery(database.jdbi());
  }

  public EffectLog effects() {
    return new EffectLog(database.jdbi());
  }

  /** The reader that recognizes {@code source}, if any. */
  public static Optional<ExportReader> readerFor(Path source) throws IOException {
    for (ExportReader reader : EXPORT_READERS) {
      if (reader.recognizes(source)) {
        return Optional.of(reader);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    desk.close();
    processor.close();
  }
}
