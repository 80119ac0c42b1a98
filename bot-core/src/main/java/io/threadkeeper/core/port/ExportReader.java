package io.threadkeeper.core.port;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an offline export of a community (a Slack workspace export, a DiscordChatExporter export)
 * into the same {@link io.threadkeeper.core.event.ChatEvent}s that live events produce.
 *
 * <p>Implementations stream: they never hold the whole export in memory. They are stateless and
 * thread-safe; one {@link #read} call is single-threaded.
 */
public interface ExportReader {

  /** A short name of the format, e.g. {@code slack-export}. */
  String format();

  /** Whether {@code source} looks like this reader's format; cheap, reads at most a few bytes. */
  boolean recognizes(Path source) throws IOException;

  /**
   * Streams every event of the export to {@code sink}.
   *
   * @throws ExportFormatException when the export is malformed or incomplete; the message names the
   *     file (and line, for JSON) and what was expected
   */
  ExportSummary read(Path source, ExportSink sink) throws ExportFormatException, IOException;
}
