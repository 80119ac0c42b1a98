package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import org.jdbi.v3.core.Handle;

/**
 * One step of processing an inbox row, run inside the row's transaction: whatever it writes is
 * committed together with the row being marked processed, or not at all.
 */
@FunctionalInterface
public interface EventApplier {
  void apply(Handle handle, ChatEvent event);

  /**
   * Applies the event with the reads the batch shares ({@code cache.handle()} is the batch's
   * handle, with the writes the cache held back sent). An applier that reads or writes cached rows
   * overrides this and goes through {@code cache}; one that ignores it must not change those rows
   * while applying message or reaction events (the cache is emptied around all others). Taking the
   * handle sends the held-back writes, so an applier with nothing to do for most events overrides
   * this to return before asking for it.
   */
  default void apply(BatchCache cache, ChatEvent event) {
    apply(cache.handle(), event);
  }
}
