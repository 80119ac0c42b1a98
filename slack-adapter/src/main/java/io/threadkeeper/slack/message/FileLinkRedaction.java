package io.threadkeeper.slack.message;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes links to uploaded files from message text. Older exports put a file's permalink into the
 * text of its {@code file_share} message; those links point at members' private uploads and must
 * not reach the norms, the summary skeleton or a log. Other links are left alone.
 */
public final class FileLinkRedaction {
  public static final String PLACEHOLDER = "[file]";

  // Hosts of uploads: files.slack.com, <team>.slack.com/files and public links on slack-files.com.
  private static final String FILE_HOST =
      "https?://(?:files\\.slack\\.com|[\\w.-]+\\.slack\\.com/files|slack-files\\.com)/";
  // Slack markup <url|label> or <url>, then bare URLs.
  private static final Pattern FILE_LINK =
      Pattern.compile("<" + FILE_HOST + "[^>|]*(?:\\|([^>]*))?>|" + FILE_HOST + "\\S*");

  private FileLinkRedaction() {}

  public static String apply(String text) {
    if (!text.contains("slack.com/") && !text.contains("slack-files.com/")) {
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
