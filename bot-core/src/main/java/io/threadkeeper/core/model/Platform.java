package io.threadkeeper.core.model;

import java.util.Locale;

/** The chat platforms Threadkeeper serves; the key prefixes every platform-scoped id. */
public enum Platform {
  SLACK,
  DISCORD;

  /** The lower-case key used in ids and storage, e.g. {@code slack}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Platform fromKey(String key) {
    for (Platform platform : values()) {
      if (platform.key().equals(key)) {
        return platform;
      }
    }
    throw new IllegalArgumentException("unknown platform '" + key + "': expected slack or discord");
  }
}
