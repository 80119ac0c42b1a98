package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A decision being made by one call of the engine. Not thread-safe; lives for one call. */
final class DecisionDraft {
  private final ThreadNorms initialNorms;
  private ThreadNorms norms;
  private ThreadStatus status;
  private NudgeTally authorNudges;
  private ReminderTally ownerReminders;
  private Instant nextCheckAt;
  private final List<Effect> effects = new ArrayList<>();

  DecisionDraft(ThreadNorms norms) {
    this.initialNorms = norms;
    this.norms = norms;
  }

  ThreadNorms norms() {
    return norms;
  }

  void norms(ThreadNorms changed) {
    norms = changed;
  }

  void status(ThreadStatus changed) {
    status = changed;
  }

  void authorNudges(NudgeTally tally) {
    authorNudges = tally;
  }

  void ownerReminders(ReminderTally tally) {
    ownerReminders = tally;
  }

  void nextCheckAt(Instant at) {
    nextCheckAt = at;
  }

  void add(Effect effect) {
    effects.add(effect);
  }

  Decision decide() {
    boolean normsChanged = norms != null && !norms.equals(initialNorms);
    return new Decision(
        normsChanged ? Optional.of(norms) : Optional.empty(),
        Optional.ofNullable(status),
        Optional.ofNullable(authorNudges),
        Optional.ofNullable(ownerReminders),
        Optional.ofNullable(nextCheckAt),
        effects);
  }
}
