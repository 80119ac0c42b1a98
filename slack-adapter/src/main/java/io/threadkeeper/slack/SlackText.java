package io.threadkeeper.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text safe to send as Slack {@code mrkdwn}: member and channel mentions and links stay
 * markup, every other {@code <…>} is shown literally. So text that quotes a member can never ping
 * {@code @here}, {@code @channel}, {@code @everyone} or a user group. Thread-safe (stateless).
 */
final class SlackText {
  // The only markup the bot's own messages use: <@U…>, <#C…|name>, <https://…|label>, <mailto:…>.
  private static final Pattern ALLOWED =
      Pattern.compile(
          "<(?:@[UW][A-Z0-9]{2,30}|#C[A-Z0-9]{2,30}(?:\\|[^<>|]*)?"
              + "|(?:https?://|mailto:)[^\\s<>|]+(?:\\|[^<>]*)?)>");

  private SlackText() {}

  static String escape(String text) {
    Matcher matcher = ALLOWED.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    while (matcher.find()) {
      out.append(escapeAll(text.substring(last, matcher.start())));
      out.append(matcher.group());
      last = matcher.end();
    }
    return out.append(escapeAll(text.substring(last))).toString();
  }

  /** Cuts {@code text} to at most {@code max} characters, marking the cut. */
  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String escapeAll(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
