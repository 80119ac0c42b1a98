package io.threadkeeper.core.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes member input safe to repeat in a problem message. Members paste secrets and mass mentions
 * by mistake, and a problem is posted back into the channel, so input is only ever quoted as a
 * short, stripped token.
 */
final class SafeText {
  static final int MAX_QUOTED = 20;
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern MASS_MENTION =
      Pattern.compile("@(?=everyone|here|channel)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MENTION_START = Pattern.compile("@|<[@!#]");
  private static final Pattern MARKUP_OPENER = Pattern.compile("<(?=[@!#])");

  private SafeText() {}

  /**
   * The token in double quotes, without mention and markup characters, capped in length; a mention
   * is not quoted at all, since even its stripped id names a person.
   */
  static String quote(String token) {
    if (MENTION_START.matcher(token.strip()).lookingAt()) {
      return "A mention";
    }
    StringBuilder kept = new StringBuilder();
    int count = 0;
    for (int i = 0; i < token.length() && count < MAX_QUOTED; ) {
      int codePoint = token.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isKept(codePoint)) {
        kept.appendCodePoint(codePoint);
        count++;
      }
    }
    boolean cut = count == MAX_QUOTED && token.codePointCount(0, token.length()) > MAX_QUOTED;
    return "\"" + kept + (cut ? "…" : "") + "\"";
  }

  /** Replaces every double-quoted fragment of a message from another grammar by its quote. */
  static String requoteFragments(String message) {
    Matcher matcher = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(quote(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Removes what would make the text ping people or render as a mention. */
  static String defang(String text) {
    String previous;
    String current = text;
    do {
      // Repeat, since removing one character can join two others into a new opener.
      previous = current;
      current = MARKUP_OPENER.matcher(current).replaceAll("");
      current = MASS_MENTION.matcher(current).replaceAll("");
    } while (!current.equals(previous));
    return current;
  }

  private static boolean isKept(int codePoint) {
    if ("<>@!`\"|".indexOf(codePoint) >= 0) {
      return false;
    }
    int type = Character.getType(codePoint);
    return !Character.isISOControl(codePoint)
        && type != Character.FORMAT
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && type != Character.UNASSIGNED;
  }
}
