package io.threadkeeper.core.port;

import java.time.Duration;

/**
 * The {@code state} values of an install flow: issued when a member opens the install page and
 * accepted once, when the platform redirects back with it. A replayed, forged or expired state is
 * refused, so an install cannot be started on one browser and completed on another's behalf.
 *
 * <p>Implementations are thread-safe, and {@link #consume} is atomic across nodes.
 */
public interface InstallStates {

  /** Remembers a new state value, valid for {@code validFor}. */
  void issue(String state, Duration validFor);

  /**
   * Uses up a state value.
   *
   * @return true exactly once for a value that was issued and has not expired; false for anything
   *     else, including a second use
   */
  boolean consume(String state);
}
