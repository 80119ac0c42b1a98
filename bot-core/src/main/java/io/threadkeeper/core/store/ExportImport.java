package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.core.port.ExportSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports an offline export through the live pipeline: every event goes into the inbox, all in one
 * transaction (a malformed export leaves nothing behind), then the processor applies them.
 *
 * <p>Not thread-safe: one import at a time per instance.
 */
public final class ExportImport {
  private static final int CHUNK = 1_000;

  private final Jdbi jdbi;
  private final PostgresInbox inbox;
  private final InboxProcessor processor;

  public ExportImport(Jdbi jdbi, PostgresInbox inbox, InboxProcessor processor) {
    this.jdbi = jdbi;
    this.inbox = inbox;
    this.processor = processor;
  }

  /** What an import did. */
  public record Result(ExportSummary export, int newEvents, InboxProcessor.BatchResult applied) {}

  /**
   * Reads {@code source} with {@code reader}, stores and applies it.
   *
   * @param listener told about progress and notices; its {@code accept} is not called
   */
  public Result run(ExportReader reader, Path source, ExportSink listener)
      throws ExportFormatException, IOException {
    ExportSummary summary;
    int stored;
    try (Handle handle = jdbi.open()) {
      handle.begin();
      Chunks chunks = new Chunks(handle, listener);
      try {
        summary = reader.read(source, chunks);
        stored = chunks.flush();
        handle.commit();
      } catch (ExportFormatException | IOException | RuntimeException e) {
        handle.rollback();
        throw e;
      }
    }
    return new Result(summary, stored, processor.drain());
  }

  /** Buffers events and writes them in batches inside the import's transaction. */
  private final class Chunks implements ExportSink {
    private final Handle handle;
    private final ExportSink listener;
    private final List<ChatEvent> buffer = new ArrayList<>(CHUNK);
    private int stored;

    Chunks(Handle handle, ExportSink listener) {
      this.handle = handle;
      this.listener = listener;
    }

    @Override
    public void accept(ChatEvent event) {
      buffer.add(event);
      if (buffer.size() >= CHUNK) {
        flush();
      }
    }

    int flush() {
      stored += inbox.acceptAll(handle, buffer);
      buffer.clear();
      return stored;
    }

    @Override
    public void progress(long done, long total) {
      listener.progress(done, total);
    }

    @Override
    public void notice(String message) {
      listener.notice(message);
    }
  }
}
