package io.threadkeeper.core.report;

import java.time.Duration;

/**
 * How reports write durations: the two largest units, e.g. {@code 2d 3h}, {@code 1h}, {@code 45m}.
 */
public final class Durations {
  private Durations() {}

  public static String brief(Duration duration) {
    if (duration == null) {
      return "–";
    }
    long minutes = duration.toMinutes();
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return hours == 0 ? days + "d" : days + "d " + hours + "h";
    }
    if (hours > 0) {
      return mins == 0 ? hours + "h" : hours + "h " + mins + "m";
    }
    return mins + "m";
  }
}
