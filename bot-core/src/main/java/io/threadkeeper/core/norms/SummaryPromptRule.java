package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Duration;
import java.util.Optional;

/**
 * Norm 4: a thread past a threshold (replies, participants or days of activity) without a summary
 * gets one prompt; if it is resolved still without one, it gets a second and last. Stateless and
 * thread-safe.
 */
public final class SummaryPromptRule {
  public static final String THRESHOLD_ID = "summary-threshold";
  public static final String RESOLUTION_ID = "summary-at-resolution";

  /** A prompt to send, and the figures that made it due. */
  public record Due(SummaryPrompt.Occasion occasion, String trigger) {}

  /** The prompt {@code thread} needs now, given what was already asked. */
  public Optional<Due> check(ThreadState thread, ThreadNorms norms, ChannelPolicy policy) {
    if (thread.summary() != null || thread.owner() == null) {
      return Optional.empty();
    }
    Optional<String> crossed = thresholdCrossed(thread, policy);
    if (crossed.isEmpty()) {
      return Optional.empty();
    }
    boolean resolved = thread.status() == ThreadStatus.RESOLVED;
    if (resolved && !norms.resolutionHandled()) {
      return Optional.of(new Due(SummaryPrompt.Occasion.RESOLUTION, crossed.get()));
    }
    if (!resolved && !norms.summaryPrompted()) {
      return Optional.of(new Due(SummaryPrompt.Occasion.THRESHOLD, crossed.get()));
    }
    return Optional.empty();
  }

  /** The first threshold the thread has reached, as the figure that reached it. */
  static Optional<String> thresholdCrossed(ThreadState thread, ChannelPolicy policy) {
    if (thread.replyCount() >= policy.summaryReplyThreshold()) {
      return Optional.of(thread.replyCount() + " replies");
    }
    if (thread.participantCount() >= policy.summaryParticipantThreshold()) {
      return Optional.of(thread.participantCount() + " participants");
    }
    Duration active = Duration.between(thread.openedAt(), thread.lastActivityAt());
    if (active.compareTo(policy.summaryAge()) >= 0) {
      return Optional.of(active.toDays() + " days of activity");
    }
    return Optional.empty();
  }
}
