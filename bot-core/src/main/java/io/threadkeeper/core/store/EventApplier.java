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
}
