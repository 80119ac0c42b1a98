package io.threadkeeper.slack.message;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A Slack message timestamp ({@code ts}, {@code thread_ts}): seconds since the epoch, a dot and six
 * digits of microseconds. It is also the message's id within its channel, so it is kept as the
 * exact string Slack wrote.
 */
public record SlackTimestamp(String value) {
  private static final Pattern FORMAT = Pattern.compile("\\d{1,12}(\\.\\d{1,9})?");
  private static final int NANO_DIGITS = 9;

  public SlackTimestamp {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a Slack timestamp like 1730538000.000100");
    }
  }

  /** The instant, exact to the microsecond (or finer, if Slack ever writes more digits). */
  public Instant instant() {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Instant.ofEpochSecond(Long.parseLong(value));
    }
    String fraction = value.substring(dot + 1);
    long nanos = Long.parseLong(fraction + "0".repeat(NANO_DIGITS - fraction.length()));
    return Instant.ofEpochSecond(Long.parseLong(value.substring(0, dot)), nanos);
  }
}
