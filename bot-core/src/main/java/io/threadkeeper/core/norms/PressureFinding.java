package io.threadkeeper.core.norms;

import java.util.Objects;

/**
 * What a {@link PressureDetector} found in a message.
 *
 * @param ruleId the stable kebab-case id of the text rule, e.g. {@code asap}
 * @param explanation what the rule is about, in one sentence
 * @param matched the words that matched, as written
 * @param rewording a suggested async rewording, possibly empty
 */
public record PressureFinding(String ruleId, String explanation, String matched, String rewording) {
  public PressureFinding {
    if (ruleId == null || ruleId.isBlank()) {
      throw new IllegalArgumentException("ruleId must not be blank");
    }
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(matched, "matched");
    rewording = rewording == null ? "" : rewording;
  }
}
