package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.model.Platform;
import java.util.Objects;
import java.util.regex.Matcher;

/**
 * Tells whether a message puts "jump in now" pressure on a channel that is not meant for urgent
 * work, and which words did it. Pure, stateless and thread-safe.
 *
 * <p>Quotes, code, bots and urgent channels never count. Rules are tried in {@link PressureRule}
 * order; the first match that its context does not defuse (negation, reassurance, quotation marks,
 * the author's own plans, a due date with lead time) is the verdict.
 */
public final class PressureClassifier {

  public PressureVerdict classify(
      Platform platform, String rawText, boolean urgentChannel, boolean authorIsBot) {
    Objects.requireNonNull(platform, "platform");
    if (urgentChannel || authorIsBot || rawText == null || rawText.isBlank()) {
      return PressureVerdict.none();
    }
    return classify(MessageText.of(platform, rawText));
  }

  /** Classifies an already read message, as if posted by a member in a non-urgent channel. */
  public PressureVerdict classify(MessageText text) {
    String plain = text.plain();
    for (PressureRule rule : PressureRule.values()) {
      for (PressurePatterns.Phrase phrase : PressurePatterns.of(rule)) {
        Matcher matcher = phrase.pattern().matcher(plain);
        while (matcher.find()) {
          int start = phrase.reportedStart(matcher);
          int end = phrase.reportedEnd(matcher);
          if (!Hedges.defuse(rule, plain, start, end)) {
            return PressureVerdict.fired(rule, text.rawSlice(start, end).strip());
          }
        }
      }
    }
    return PressureVerdict.none();
  }
}
