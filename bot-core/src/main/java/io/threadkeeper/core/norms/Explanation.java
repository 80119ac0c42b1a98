package io.threadkeeper.core.norms;

import java.util.Objects;

/**
 * Why the bot would do something, so that "why did I get this?" always has an answer.
 *
 * @param ruleId the stable kebab-case id of the rule that fired, e.g. {@code reply-window-reminder}
 * @param trigger the words or figures that fired it, e.g. {@code "ASAP"} or {@code "21 replies"}
 * @param policy the channel policy in force, as a short human-readable line
 * @param sentence one human-readable sentence that says it all
 */
public record Explanation(String ruleId, String trigger, String policy, String sentence) {
  public Explanation {
    requireText(ruleId, "ruleId");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(policy, "policy");
    requireText(sentence, "sentence");
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
