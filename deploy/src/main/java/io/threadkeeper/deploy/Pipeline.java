package io.threadkeeper.deploy;

import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.EventCodec;
import io.threadkeeper.core.store.ExportImport;
import io.threadkeeper.core.store.HealthQuery;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.PostgresInbox;
import io.threadkeeper.core.store.ThreadProjection;
import io.threadkeeper.core.tracker.ThreadTracker;
import io.threadkeeper.slack.export.SlackExportReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The composition root of the core pipeline: inbox, processor, projection and queries over one
 * database. Every command that touches events builds one of these.
 */
public final class Pipeline implements AutoCloseable {
  private static final List<ExportReader> EXPORT_READERS = List.of(new SlackExportReader());

  private final Database database;
  private final PostgresInbox inbox;
  private final InboxProcessor processor;

  public Pipeline(Database database, Clock clock) {
    this.database = database;
    EventCodec codec = new EventCodec();
    ThreadProjection projection =
        new ThreadProjection(new ThreadTracker(true), MessageFlags::ofPost, MessageFlags::ofEdit);
    this.processor = new InboxProcessor(database.jdbi(), codec, List.of(projection), clock, 500, 5);
    this.inbox = new PostgresInbox(database.jdbi(), codec, clock, processor::wake);
  }

  public PostgresInbox inbox() {
    return inbox;
  }

  public InboxProcessor processor() {
    return processor;
  }

  public ExportImport exportImport() {
    return new ExportImport(database.jdbi(), inbox, processor);
  }

  public HealthQuery health() {
    return new HealthQuery(database.jdbi());
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
    processor.close();
  }
}
