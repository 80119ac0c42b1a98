package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the norms decided: state to persist (each part empty when unchanged) and the effects to put
 * in the outbox in the same transaction.
 *
 * @param norms the thread's new norms state
 * @param status a new status for the thread: {@code OVERDUE} when its reminder fires, {@code STALE}
 *     when it is set aside
 * @param authorNudges the event author's new nudge tally in the channel
 * @param ownerReminders the thread owner's new weekly reminder tally
 * @param nextCheckAt when the thread next needs a tick, for the deadline table; empty when nothing
 *     is pending
 */
public record Decision(
    Optional<ThreadNorms> norms,
    Optional<ThreadStatus> status,
    Optional<NudgeTally> authorNudges,
    Optional<ReminderTally> ownerReminders,
    Optional<Instant> nextCheckAt,
    List<Effect> effects) {

  private static final Decision NONE =
      new Decision(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of());

  public Decision {
    Objects.requireNonNull(norms, "norms");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(authorNudges, "authorNudges");
    Objects.requireNonNull(ownerReminders, "ownerReminders");
    Objects.requireNonNull(nextCheckAt, "nextCheckAt");
    effects = List.copyOf(effects);
  }

  /** Nothing to persist and nothing to send. */
  public static Decision none() {
    return NONE;
  }

  /** The effects of one type, in order. */
  public <E extends Effect> List<E> effectsOf(Class<E> type) {
    return effects.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
