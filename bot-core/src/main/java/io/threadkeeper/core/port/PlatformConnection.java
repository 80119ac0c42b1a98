package io.threadkeeper.core.port;

/**
 * A live connection to one chat platform (Slack through Bolt, Discord through JDA): it receives
 * events and hands them to the inbox and the command desk, and it sends through its {@link
 * ChatPlatform}. The runnable bot starts one per configured platform and closes them on shutdown.
 *
 * <p>Implementations are thread-safe.
 */
public interface PlatformConnection extends AutoCloseable {

  /** A short name for logs and readiness, e.g. {@code slack-socket-mode}. */
  String name();

  /** What the outbox dispatcher sends through. */
  ChatPlatform chatPlatform();

  /**
   * Connects and starts receiving.
   *
   * @throws IllegalStateException with one sentence an operator can act on (a refused token, a
   *     privileged intent not enabled) when the platform refuses the connection
   */
  void start();

  /** Whether events are flowing right now (for {@code /readyz}). */
  boolean isConnected();

  /**
   * Stops receiving, lets in-flight handlers finish (every event acknowledged is already in the
   * inbox), and closes the connection cleanly.
   */
  @Override
  void close();
}
