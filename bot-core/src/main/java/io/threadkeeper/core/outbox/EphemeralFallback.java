package io.threadkeeper.core.outbox;

import java.util.Locale;

/**
 * What the dispatcher does with an ephemeral message that cannot reach its member in the channel
 * ({@link io.threadkeeper.core.port.SendOutcome.NotInChannel}): send it once as a direct message,
 * or drop it. Either way the outbox row records what happened, and nothing is retried.
 */
public enum EphemeralFallback {
  /** Send the same message once as a direct message to the member. */
  DIRECT_MESSAGE("dm"),
  /** Drop the message; the row is failed with the platform's reason. */
  SKIP("skip");

  private final String word;

  EphemeralFallback(String word) {
    this.word = word;
  }

  /** The setting's value for this fallback. */
  public String word() {
    return word;
  }

  /**
   * The fallback a setting names ({@link #word()}); blank means the default, a direct message.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static EphemeralFallback parse(String value) {
    if (value == null || value.isBlank()) {
      return DIRECT_MESSAGE;
    }
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    for (EphemeralFallback fallback : values()) {
      if (fallback.word.equals(wanted)) {
        return fallback;
      }
    }
    throw new IllegalArgumentException(
        "an ephemeral fallback is dm or skip, not '" + value.trim() + "'");
  }
}
