package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.Platform;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one raw message into a {@link MessageText}; single use, not thread-safe. */
final class MarkupReader {
  private static final Pattern CODE =
      Pattern.compile("```[\\s\\S]*?(?:```|\\z)|``[^\\n]+?``|`[^`\\n]+`");
  private static final Pattern SLACK_ANGLE = Pattern.compile("<([^<>\\n]+)>");
  private static final Pattern SLACK_ENTITY = Pattern.compile("&(amp|lt|gt);");
  private static final Pattern DISCORD_ANGLE =
      Pattern.compile(
          "<(@!?\\d+|@&\\d+|#\\d+|a?:\\w+:\\d+|t:-?\\d+(?::[a-zA-Z])?|/[\\w -]+:\\d+"
              + "|https?://[^\\s<>]+)>");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>|\"]+");
  private static final Pattern SHORTCODE = Pattern.compile(":[a-zA-Z0-9_+-]*[a-zA-Z][\\w+-]*:");

  private final Platform platform;
  private final String raw;
  private final boolean[] hidden;
  private final StringBuilder plain = new StringBuilder();
  private int[] rawStarts;
  private int[] rawEnds;
  private final Set<String> links = new LinkedHashSet<>();

  MarkupReader(Platform platform, String raw) {
    this.platform = platform;
    this.raw = raw;
    this.hidden = new boolean[raw.length()];
    this.rawStarts = new int[raw.length() + 16];
    this.rawEnds = new int[raw.length() + 16];
  }

  MessageText read() {
    hideCode();
    new QuoteFinder(platform, raw).hideQuotedLines(hidden);
    int i = 0;
    while (i < raw.length()) {
      i = hidden[i] ? skipHidden(i) : readVisibleRun(i);
    }
    int n = plain.length();
    return new MessageText(
        raw,
        plain.toString(),
        Arrays.copyOf(rawStarts, n),
        Arrays.copyOf(rawEnds, n),
        links.stream().toList());
  }

  private void hideCode() {
    Matcher code = CODE.matcher(raw);
    while (code.find()) {
      Arrays.fill(hidden, code.start(), code.end(), true);
    }
  }

  /** Replaces a hidden run by one separator, so words either side never join. */
  private int skipHidden(int start) {
    int end = start;
    boolean multiline = false;
    while (end < raw.length() && hidden[end]) {
      multiline |= raw.charAt(end) == '\n';
      end++;
    }
    emit(multiline ? "\n" : " ", start, end);
    return end;
  }

  private int readVisibleRun(int start) {
    int limit = start;
    while (limit < raw.length() && !hidden[limit]) {
      limit++;
    }
    int i = start;
    while (i < limit) {
      i = readVisible(i, limit);
    }
    return limit;
  }

  private int readVisible(int i, int limit) {
    char c = raw.charAt(i);
    int next =
        switch (c) {
          case '<' -> platform == Platform.SLACK ? slackAngle(i, limit) : discordAngle(i, limit);
          case '&' -> platform == Platform.SLACK ? slackEntity(i, limit) : -1;
          case 'h', 'H' -> url(i, limit);
          case ':' -> shortcode(i, limit);
          default -> -1;
        };
    if (next > i) {
      return next;
    }
    emit(String.valueOf(plainChar(i)), i, i + 1);
    return i + 1;
  }

  private int slackAngle(int i, int limit) {
    Matcher m = SLACK_ANGLE.matcher(raw).region(i, limit);
    if (!m.lookingAt()) {
      return -1;
    }
    emit(new SlackToken(m.group(1)).plainText(links), i, m.end());
    return m.end();
  }

  private int discordAngle(int i, int limit) {
    Matcher m = DISCORD_ANGLE.matcher(raw).region(i, limit);
    if (!m.lookingAt()) {
      return -1;
    }
    String inner = m.group(1);
    String text;
    if (inner.startsWith("@&")) {
      text = "@role";
    } else if (inner.startsWith("@")) {
      text = "@" + inner.substring(inner.startsWith("@!") ? 2 : 1);
    } else if (inner.startsWith("#")) {
      text = inner;
    } else if (inner.startsWith("http")) {
      links.add(inner);
      text = " ";
    } else if (inner.startsWith("/")) {
      text = inner.substring(0, inner.indexOf(':'));
    } else {
      text = " ";
    }
    emit(text, i, m.end());
    return m.end();
  }

  private int slackEntity(int i, int limit) {
    Matcher m = SLACK_ENTITY.matcher(raw).region(i, limit);
    if (!m.lookingAt()) {
      return -1;
    }
    String text =
        switch (m.group(1)) {
          case "amp" -> "&";
          case "lt" -> "<";
          default -> ">";
        };
    emit(text, i, m.end());
    return m.end();
  }

  private int url(int i, int limit) {
    if (i > 0 && Character.isLetterOrDigit(raw.charAt(i - 1))) {
      return -1;
    }
    Matcher m = URL.matcher(raw).region(i, limit);
    if (!m.lookingAt()) {
      return -1;
    }
    String url = trimTrailingPunctuation(m.group());
    links.add(url);
    emit(" ", i, i + url.length());
    return i + url.length();
  }

  /** Sentence punctuation after a pasted link belongs to the sentence, not the link. */
  static String trimTrailingPunctuation(String url) {
    int end = url.length();
    while (end > 0 && ".,;:!?'*_~])}>".indexOf(url.charAt(end - 1)) >= 0) {
      char last = url.charAt(end - 1);
      if (last == ')' && count(url, '(', end) >= count(url, ')', end)) {
        break;
      }
      end--;
    }
    return url.substring(0, end);
  }

  private static int count(String s, char c, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private int shortcode(int i, int limit) {
    if (i > 0 && Character.isLetterOrDigit(raw.charAt(i - 1))) {
      return -1;
    }
    Matcher m = SHORTCODE.matcher(raw).region(i, limit);
    if (!m.lookingAt()
        || (m.end() < raw.length() && Character.isLetterOrDigit(raw.charAt(m.end())))) {
      return -1;
    }
    emit(" ", i, m.end());
    return m.end();
  }

  /** One visible character as rules read it: typographic quotes straightened, emphasis undone. */
  private char plainChar(int i) {
    char c = raw.charAt(i);
    return switch (c) {
      case '\u2018', '\u2019', '\u02bc' -> '\'';
      case '\u201c', '\u201d' -> '"';
      // An underscore inside a word (snake_case) stays; around a word it is italics.
      case '_' -> isWordChar(i - 1) && isWordChar(i + 1) ? '_' : ' ';
      default -> c;
    };
  }

  private boolean isWordChar(int i) {
    return i >= 0 && i < raw.length() && Character.isLetterOrDigit(raw.charAt(i));
  }

  private void emit(String text, int rawStart, int rawEnd) {
    int needed = plain.length() + text.length();
    if (needed > rawStarts.length) {
      rawStarts = Arrays.copyOf(rawStarts, needed * 2);
      rawEnds = Arrays.copyOf(rawEnds, needed * 2);
    }
    for (int k = 0; k < text.length(); k++) {
      rawStarts[plain.length()] = rawStart;
      rawEnds[plain.length()] = rawEnd;
      plain.append(text.charAt(k));
    }
  }
}
