package io.threadkeeper.core.tracker;

import java.util.Locale;

/** Where a thread is in its life. */
public enum ThreadStatus {
  /** Nobody but its author has replied yet. */
  OPEN,
  /** Someone other than the author replied. */
  ANSWERED,
  /** Its reply window ended without a reply. */
  OVERDUE,
  /** No activity for long enough that the owner was warned and it was set aside. */
  STALE,
  /** The owner closed the loop. */
  RESOLVED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ThreadStatus fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
