package io.threadkeeper.slack.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes links to uploaded files from message text. Older exports put a file's permalink into the
 * text of its {@code file_share} message; those links point at members' private uploads and must
 * not reach the norms, the summary skeleton or a log. Other links are left alone.
 */
final class FileLinkRedaction {
  static final String PLACEHOLDER = "[file]";

  // Slack markup <url|label> or <url>, and bare URLs, on files.slack.com or <team>.slack.com/files.
  private static final Pattern FILE_LINK =
      Pattern.compile(
          "<https?://(?:files\\.slack\\.com|[\\w.-]+\\.slack\\.com/files)/[^>|]*(?:\\|([^>]*))?>"
              + "|https?://(?:files\\.slack\\.com|[\\w.-]+\\.slack\\.com/files)/\\S*");

  private FileLinkRedaction() {}

  static String apply(String text) {
    if (text.indexOf("slack.com/") < 0) {
      return text;
    }
    Matcher matcher = FILE_LINK.matcher(text);
    StringBuilder redacted = new StringBuilder(text.length());
    while (matcher.find()) {
      String label = matcher.group(1);
      String replacement = label == null || label.isBlank() ? PLACEHOLDER : "[file: " + label + "]";
      matcher.appendReplacement(redacted, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(redacted);
    return redacted.toString();
  }
}
