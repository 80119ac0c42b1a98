package io.threadkeeper.core.command;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name nearest to a mistyped one, by edit distance, to suggest it. */
public final class ClosestName {
  /** Longer input is not a typo of a command name; comparing it would only cost time. */
  private static final int LONGEST_TYPO = 40;

  private ClosestName() {}

  public static Optional<String> among(String typed, Collection<String> names, int maxDistance) {
    if (typed.isBlank() || typed.length() > LONGEST_TYPO) {
      return Optional.empty();
    }
    String wanted = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = maxDistance + 1;
    for (String name : names) {
      int distance = distance(wanted, name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance with two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
