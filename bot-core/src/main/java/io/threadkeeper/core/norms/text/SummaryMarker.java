package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.Platform;
import java.util.regex.Pattern;

/**
 * Recognises a reply that marks itself as a thread summary by its first words: {@code Summary:},
 * {@code Decision:} or {@code TL;DR}, in any case and any emphasis, after optional emoji. A label
 * inside a quote or code does not count. Pure and thread-safe.
 */
public final class SummaryMarker {
  private static final String EMPHASIS = "[*_~|#\\s]*";
  private static final String INLINE_EMPHASIS = "[*_~| \\t]*";
  private static final Pattern MARKER =
      Pattern.compile(
          "^"
              + EMPHASIS
              // TL;DR needs no colon: nobody starts an ordinary sentence with it.
              + "(?:tl\\s?;?\\s?dr(?![\\p{L}\\p{N}])"
              // Summary and Decision need a colon, a dash or a line of their own, so that
              // "Decision needed by Thursday" or "Summary of the options" is not a summary.
              + "|(?:summary|decisions?)(?:\\s+so\\s+far)?"
              + INLINE_EMPHASIS
              + "(?::|\\s*[-\\u2013\\u2014]\\s|[*_~ \\t]*(?:\\n|$)))",
          PressurePatterns.FLAGS);

  private SummaryMarker() {}

  public static boolean isSummary(Platform platform, String raw) {
    String plain = MessageText.of(platform, raw).plain();
    return MARKER.matcher(withoutLeadingEmoji(plain)).find();
  }

  /** Drops leading pictographs, so "📝 Summary:" and "✅ Decision:" still start with the label. */
  private static String withoutLeadingEmoji(String plain) {
    int i = 0;
    while (i < plain.length()) {
      int codePoint = plain.codePointAt(i);
      if (!isEmojiPart(codePoint) && !Character.isWhitespace(codePoint)) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return plain.substring(i);
  }

  private static boolean isEmojiPart(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.OTHER_SYMBOL
        || type == Character.MODIFIER_SYMBOL
        || codePoint == 0x200D
        || codePoint == 0x20E3
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
  }
}
