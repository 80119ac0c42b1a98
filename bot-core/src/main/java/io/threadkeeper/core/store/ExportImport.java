package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.core.port.ExportSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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
  public record Result(
      ExportSummary export,
      int newEvents,
      InboxProcessor.BatchResult applied,
      Duration storing,
      Duration processing) {}

  /** Settings to put in place after the export is stored and before it is applied. */
  @FunctionalInterface
  public interface Setup {
    void prepare(Handle handle, ExportSummary export);

    /**
     * An offline run: the workspace's time zone, and shadow mode, so that everything the norms
     * decide is recorded as "would have sent".
     */
    static Setup offline(ZoneId zone) {
      return (handle, export) -> {
        Directory directory = handle.attach(Directory.class);
        directory.configureWorkspace(directory.workspaceId(export.workspace()), zone.getId(), true);
      };
    }
  }

  /**
   * Reads {@code source} with {@code reader}, stores and applies it.
   *
   * @param listener told about progress and notices; its {@code accept} is not called
   * @param setup runs in the import's transaction once the workspace is known
   */
  public Result run(ExportReader reader, Path source, ExportSink listener, Setup setup)
      throws ExportFormatException, IOException {
    long started = System.nanoTime();
    ExportSummary summary;
    int stored;
    try (Handle handle = jdbi.open()) {
      handle.begin();
      Chunks chunks = new Chunks(handle, listener);
      try {
        summary = reader.read(source, chunks);
        stored = chunks.flush();
        setup.prepare(handle, summary);
        handle.commit();
      } catch (ExportFormatException | IOException | RuntimeException e) {
        handle.rollback();
        throw e;
      }
    }
    long storedAt = System.nanoTime();
    InboxProcessor.BatchResult applied = processor.drain();
    return new Result(
        summary,
        stored,
        applied,
        Duration.ofNanos(storedAt - started),
        Duration.ofNanos(System.nanoTime() - storedAt));
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
