package io.threadkeeper.core.inbox;

import io.threadkeeper.core.event.ChatEvent;

/**
 * Where every platform event is stored before the platform is acknowledged: the heart of "nothing
 * lost, nothing twice".
 *
 * <p>Contract for adapters: call {@link #accept} and acknowledge the platform only after it
 * returned (either value). If it throws, do not acknowledge: the platform will deliver again.
 * Implementations are thread-safe and do nothing else before they return.
 */
public interface Inbox {

  /**
   * Stores the event, unique on its workspace and key.
   *
   * @return {@code true} if it was new, {@code false} if it had been delivered before
   * @throws InboxUnavailableException if it could not be stored
   */
  boolean accept(ChatEvent event);
}
