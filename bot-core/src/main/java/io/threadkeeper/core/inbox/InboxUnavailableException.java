package io.threadkeeper.core.inbox;

/** The inbox could not store an event; the adapter must not acknowledge it. */
public final class InboxUnavailableException extends RuntimeException {
  public InboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
