package io.threadkeeper.core.norms;

import java.util.Objects;

/**
 * A prompt, posted in the thread, asking its owner for a summary: decision, next steps, owner, due
 * date.
 *
 * @param occasion why now: a threshold was crossed, or the thread was resolved without a summary
 * @param skeleton participants, open questions, candidate decisions and links; empty as the norms
 *     make it, filled by the caller who still holds the thread's text
 */
public record SummaryPrompt(Envelope envelope, Occasion occasion, String skeleton)
    implements Effect {

  /** What made the prompt due. */
  public enum Occasion {
    THRESHOLD,
    RESOLUTION
  }

  public SummaryPrompt {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(occasion, "occasion");
    skeleton = skeleton == null ? "" : skeleton;
  }

  public SummaryPrompt withSkeleton(String filled) {
    return new SummaryPrompt(envelope, occasion, filled);
  }
}
