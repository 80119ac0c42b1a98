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

  /** Where each word starts in the source text; empty when the words came from options. */
  private final List<Integer> starts;

  private final String source;
  private int next;

  private ArgumentTokens(List<String> words, List<Integer> starts, String source) {
    this.words = List.copyOf(words);
    this.starts = List.copyOf(starts);
    this.source = source;
  }

  static ArgumentTokens of(List<String> words) {
    return new ArgumentTokens(words, List.of(), "");
  }

  /**
   * Splits text into words.
   *
   * @throws ArgumentProblem if a quoted word is not closed
   */
  static ArgumentTokens split(String text, String usage) {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int i = skipSpace(text, 0);
    while (i < text.length()) {
      boolean quoted = isQuote(text.charAt(i));
      int end = quoted ? closingQuote(text, i, usage) : wordEnd(text, i);
      words.add(quoted ? text.substring(i + 1, end - 1) : text.substring(i, end));
      starts.add(i);
      i = skipSpace(text, end);
    }
    return new ArgumentTokens(words, starts, text);
  }

  boolean hasMore() {
    return next < words.size();
  }

  Optional<String> nextIfAny() {
    return hasMore() ? Optional.of(words.get(next++)) : Optional.empty();
  }

  /**
   * The rest of the arguments as free text, or empty when none is left: a single remaining word
   * without its quotes, else the source text from the next word on as typed (so a summary keeps its
   * line breaks), else, for words from options, the words joined by spaces.
   */
  Optional<String> rest() {
    if (!hasMore()) {
      return Optional.empty();
    }
    String rest;
    if (next == words.size() - 1) {
      rest = words.get(next);
    } else if (starts.isEmpty()) {
      rest = String.join(" ", words.subList(next, words.size()));
    } else {
      rest = source.substring(starts.get(next));
    }
    next = words.size();
    return rest.isBlank() ? Optional.empty() : Optional.of(rest.strip());
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
