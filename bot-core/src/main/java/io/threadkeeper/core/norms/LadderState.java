package io.threadkeeper.core.norms;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which ladder steps have fired for a thread's current plan, so each fires once.
 *
 * @param fired the steps already done (sent, folded or skipped as too late)
 */
public record LadderState(Set<LadderStep> fired) {
  public static final LadderState NONE = new LadderState(Set.of());

  public LadderState {
    fired = fired == null || fired.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fired));
  }

  public boolean hasFired(LadderStep step) {
    return fired.contains(step);
  }

  public LadderState with(LadderStep step) {
    EnumSet<LadderStep> next = EnumSet.of(step);
    next.addAll(fired);
    return new LadderState(next);
  }
}
