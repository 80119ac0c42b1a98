package io.threadkeeper.core.command;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a time zone: a region id in any case ({@code europe/berlin}), an offset ({@code +02:00},
 * {@code UTC+2}), or a common abbreviation ({@code PST}) mapped to its region. Thread-safe.
 */
final class ZoneGrammar {
  private static final Pattern OFFSET =
      Pattern.compile("(?:UTC|GMT|UT)?[+-]\\d{1,2}(?::?\\d{2})?|UTC|GMT|UT|Z");
  private static final Map<String, String> REGIONS = regions();

  private ZoneGrammar() {}

  static ZoneId read(String word, String usage) {
    String upper = word.strip().toUpperCase(Locale.ROOT);
    String region = REGIONS.get(upper);
    if (region != null) {
      return ZoneId.of(region);
    }
    if (OFFSET.matcher(upper).matches()) {
      try {
        return ZoneId.of(upper).normalized();
      } catch (DateTimeException e) {
        throw problem(word, "is not a valid offset; offsets run from -18:00 to +18:00", usage);
      }
    }
    Optional<String> closest = ClosestName.among(word, REGIONS.values(), 3);
    String hint = closest.map(z -> "; did you mean " + z + "?").orElse("");
    throw problem(word, "is not a time zone" + hint, usage);
  }

  private static ArgumentProblem problem(String word, String what, String usage) {
    return new ArgumentProblem(
        SafeText.quote(word)
            + " "
            + what
            + ". Use a region such as Europe/Berlin or America/New_York, an offset such as"
            + " UTC+02:00, or auto.",
        usage);
  }

  private static Map<String, String> regions() {
    Map<String, String> byUpperCase = new TreeMap<>();
    ZoneId.SHORT_IDS.forEach((abbreviation, id) -> byUpperCase.put(abbreviation, id));
    for (String id : ZoneId.getAvailableZoneIds()) {
      byUpperCase.put(id.toUpperCase(Locale.ROOT), id);
    }
    return Map.copyOf(byUpperCase);
  }
}
