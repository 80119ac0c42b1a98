package io.threadkeeper.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the core's light Markdown into Discord's: {@code *bold*} becomes {@code **bold**} and
 * {@code <url|label>} becomes {@code [label](url)}; {@code _italic_}, {@code `code`}, {@code
 * <@member>} and {@code -} bullets mean the same on Discord. Stateless and thread-safe.
 */
final class DiscordMarkdown {
  private static final Pattern LINK = Pattern.compile("<(https?://[^|>\\s]+)\\|([^>]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("<(https?://[^|>\\s]+)>");
  private static final Pattern BOLD = Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");
  private static final Pattern MENTION = Pattern.compile("<@!?(\\d{15,21})>");

  private DiscordMarkdown() {}

  static String of(String text) {
    String links = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m)));
    String bare = BARE_LINK.matcher(links).replaceAll("$1");
    return BOLD.matcher(bare).replaceAll("**$1**");
  }

  private static String link(MatchResult match) {
    return "[" + match.group(2).replace("]", "\\]") + "](" + match.group(1) + ")";
  }

  /** The member ids mentioned in {@code text}, in order, each once. */
  static List<String> mentionedMembers(String text) {
    List<String> ids = new ArrayList<>();
    Matcher matcher = MENTION.matcher(text);
    while (matcher.find()) {
      if (!ids.contains(matcher.group(1))) {
        ids.add(matcher.group(1));
      }
    }
    return ids;
  }
}
