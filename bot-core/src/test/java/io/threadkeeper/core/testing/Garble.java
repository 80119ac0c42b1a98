package io.threadkeeper.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Text for fuzzing: words of a grammar with odd gaps, damaged near-valid text, and noise. */
public final class Garble {
  private static final List<String> ODD =
      List.of(
          "",
          " ",
          "\t",
          "\n",
          "\u00A0",
          "\u3000",
          "\u0000",
          "\u202E",
          "\uD83D\uDE00",
          "\uD800",
          "-",
          "+",
          ":",
          ",",
          ";",
          "--",
          "٣",
          "０",
          "99999999999999999999",
          "-1",
          "0");

  private Garble() {}

  /**
   * Up to {@code maxWords} words of {@code vocabulary} and odd tokens joined by random gaps; near
   * valid text with a character inserted, deleted or replaced; and arbitrary strings.
   */
  public static Arbitrary<String> around(List<String> vocabulary, int maxWords) {
    Arbitrary<String> word =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(vocabulary)),
            Tuple.of(2, Arbitraries.of(ODD)),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(6)));
    Arbitrary<String> gap = Arbitraries.of("", "", " ", "  ", "\t", ",", "-", ":");
    Arbitrary<String> sentence =
        word.list()
            .ofMaxSize(maxWords)
            .flatMap(words -> gap.list().ofSize(words.size()).map(gaps -> join(words, gaps)));
    return Arbitraries.frequencyOf(
        Tuple.of(12, sentence),
        Tuple.of(6, sentence.flatMap(Garble::damaged)),
        Tuple.of(4, Arbitraries.strings().all().ofMaxLength(80)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(500).ofMaxLength(2_000)));
  }

  /** {@code text} with one character inserted, deleted or replaced at a random place. */
  public static Arbitrary<String> damaged(String text) {
    Arbitrary<Character> c = Arbitraries.chars().all();
    Arbitrary<String> inserted =
        Arbitraries.integers()
            .between(0, text.length())
            .flatMap(i -> c.map(ch -> text.substring(0, i) + ch + text.substring(i)));
    if (text.isEmpty()) {
      return inserted;
    }
    Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length() - 1);
    return Arbitraries.oneOf(
        inserted,
        at.map(i -> text.substring(0, i) + text.substring(i + 1)),
        at.flatMap(i -> c.map(ch -> text.substring(0, i) + ch + text.substring(i + 1))));
  }

  private static String join(List<String> words, List<String> gaps) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      text.append(words.get(i)).append(i < words.size() - 1 ? gaps.get(i) : "");
    }
    return text.toString();
  }
}
