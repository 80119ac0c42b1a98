package io.threadkeeper.core.port;

import io.threadkeeper.core.event.ChatEvent;

/** Receives what an {@link ExportReader} reads. Called from the reading thread only. */
public interface ExportSink {

  void accept(ChatEvent event);

  /** How far the reader is, in units it chooses (usually files); {@code total} may be 0. */
  default void progress(long done, long total) {}

  /**
   * Something the operator should know, e.g. "no channels.json: channels inferred from folders".
   */
  default void notice(String message) {}
}
