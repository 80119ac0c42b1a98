package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import java.time.Instant;
import java.util.Objects;

/**
 * When a thread's reminder ladder steps are due, computed in its owner's working calendar.
 *
 * @param owner the owner the plan was computed for; a new owner gets a new plan
 * @param startedAt when the window started counting
 * @param dueSoonAt when the owner gets a heads-up, or {@code null} when the window is too short
 * @param escalateAt one more reply window after {@code dueAt}
 * @param explicit whether {@code dueAt} was set by hand ({@code /async ask}, {@code /async due}),
 *     so that an owner change keeps it
 */
public record ReplyPlan(
    MemberId owner,
    Instant startedAt,
    Instant dueSoonAt,
    Instant dueAt,
    Instant escalateAt,
    boolean explicit) {

  public ReplyPlan {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(escalateAt, "escalateAt");
    if (escalateAt.isBefore(dueAt)) {
      throw new IllegalArgumentException("escalateAt must not be before dueAt");
    }
    if (dueSoonAt != null && !dueSoonAt.isBefore(dueAt)) {
      throw new IllegalArgumentException("dueSoonAt must be before dueAt");
    }
  }

  /** When {@code step} is due, or {@code null} when the plan has no such step. */
  public Instant at(LadderStep step) {
    switch (step) {
      case DUE_SOON:
        return dueSoonAt;
      case REMINDER:
        return dueAt;
      default:
        return escalateAt;
    }
  }
}
