package io.threadkeeper.discord.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces links to uploaded files in message text by their file name, so that text handed to the
 * norms never carries a file URL (they are signed, and open the file to anyone who has them).
 * Stateless.
 */
final class AttachmentLinks {
  private static final Pattern FILE_LINK =
      Pattern.compile(
          "https?://(?:cdn\\.discordapp\\.com|media\\.discordapp\\.net)/(?:attachments|ephemeral-attachments)/\\S*?([^/?\\s]+)(?:\\?\\S*)?(?=\\s|$|[)>\\]])");

  private AttachmentLinks() {}

  static String redact(String text) {
    Matcher matcher = FILE_LINK.matcher(text);
    StringBuilder redacted = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          redacted, Matcher.quoteReplacement("[file: " + matcher.group(1) + "]"));
    }
    matcher.appendTail(redacted);
    return redacted.toString();
  }
}
