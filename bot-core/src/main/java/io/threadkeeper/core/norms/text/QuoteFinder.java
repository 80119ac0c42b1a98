package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.Platform;

/**
 * Finds quoted lines in a raw message: Slack {@code >} (delivered as {@code &gt;}) and Discord
 * {@code > } quote one line, {@code >>>} quotes the rest of the message. Immutable.
 */
final class QuoteFinder {
  private final Platform platform;
  private final String raw;

  QuoteFinder(Platform platform, String raw) {
    this.platform = platform;
    this.raw = raw;
  }

  /** Marks quoted characters as hidden, leaving lines that start inside code alone. */
  void hideQuotedLines(boolean[] hidden) {
    int lineStart = 0;
    while (lineStart < raw.length()) {
      int newline = raw.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? raw.length() : newline;
      if (!hidden[lineStart]) {
        String line = raw.substring(lineStart, lineEnd);
        if (quotesRest(line)) {
          hide(hidden, lineStart, raw.length());
          return;
        }
        if (quotesLine(line)) {
          hide(hidden, lineStart, lineEnd);
        }
      }
      lineStart = lineEnd + 1;
    }
  }

  private boolean quotesRest(String line) {
    if (platform == Platform.SLACK) {
      return line.startsWith(">>>") || line.startsWith("&gt;&gt;&gt;");
    }
    return line.startsWith(">>> ") || line.equals(">>>");
  }

  private boolean quotesLine(String line) {
    if (platform == Platform.SLACK) {
      return line.startsWith(">") || line.startsWith("&gt;");
    }
    // Discord needs the space: ">text" is shown as typed.
    return line.startsWith("> ") || line.equals(">");
  }

  private static void hide(boolean[] hidden, int from, int to) {
    for (int i = from; i < to; i++) {
      hidden[i] = true;
    }
  }
}
