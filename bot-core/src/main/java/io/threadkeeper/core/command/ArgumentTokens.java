package io.threadkeeper.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of {@code /async} arguments, read left to right. Words are split on any whitespace; a
 * word that starts with a straight or curly double quote runs to the next closing quote (phones and
 * Slack turn {@code "} into curly quotes), and a word that starts with {@code <} runs to the next
 * {@code >}, so that {@code <@U1|Ana Lima>} stays one word. Not thread-safe.
 */
final class ArgumentTokens {
  private final List<String> words;
  private int next;

  private ArgumentTokens(List<String> words) {
    this.words = List.copyOf(words);
  }

  static ArgumentTokens of(List<String> words) {
    return new ArgumentTokens(words);
  }

  /**
   * Splits text into words.
   *
   * @throws ArgumentProblem if a quoted word is not closed
   */
  static ArgumentTokens split(String text, String usage) {
    List<String> words = new ArrayList<>();
    int i = skipSpace(text, 0);
    while (i < text.length()) {
      int end = isQuote(text.charAt(i)) ? closingQuote(text, i, usage) : wordEnd(text, i);
      String word =
          isQuote(text.charAt(i)) ? text.substring(i + 1, end - 1) : text.substring(i, end);
      words.add(word);
      i = skipSpace(text, end);
    }
    return new ArgumentTokens(words);
  }

  boolean hasMore() {
    return next < words.size();
  }

  Optional<String> nextIfAny() {
    return hasMore() ? Optional.of(words.get(next++)) : Optional.empty();
  }

  /** The remaining words joined by single spaces, or empty when none are left. */
  Optional<String> rest() {
    if (!hasMore()) {
      return Optional.empty();
    }
    String joined = String.join(" ", words.subList(next, words.size())).strip();
    next = words.size();
    return joined.isEmpty() ? Optional.empty() : Optional.of(joined);
  }

  /** The word that will be read next, without reading it. */
  Optional<String> peek() {
    return hasMore() ? Optional.of(words.get(next)) : Optional.empty();
  }

  private static int wordEnd(String text, int start) {
    int i = start;
    if (text.charAt(i) == '<') {
      int close = text.indexOf('>', i);
      i = close < 0 ? i : close;
    }
    while (i < text.length() && !isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int closingQuote(String text, int open, String usage) {
    for (int i = open + 1; i < text.length(); i++) {
      if (text.charAt(i) == '"' || text.charAt(i) == '\u201D') {
        return i + 1;
      }
    }
    throw new ArgumentProblem("A quoted value is not closed; add the closing \".", usage);
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
