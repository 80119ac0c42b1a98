package io.threadkeeper.core.norms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How explanations write instants: in the reader's zone, to the minute. */
final class Wording {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm (VV)", Locale.ENGLISH);

  private Wording() {}

  static String at(Instant instant, ZoneId zone) {
    return MINUTE.format(instant.atZone(zone));
  }
}
