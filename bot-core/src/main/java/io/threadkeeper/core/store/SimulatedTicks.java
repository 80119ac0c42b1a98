package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Replays time during an import: before each event is applied, every norms check that fell due
 * before it fires at its own due instant, so reminders and escalations happen when they would have,
 * between the messages that came before and after them.
 *
 * <p>Thread-safe (stateless).
 */
public final class SimulatedTicks implements EventApplier {
  private static final int BATCH = 500;
  private static final int MAX_ROUNDS_AT_ONE_INSTANT = 100;

  private final NormsRunner runner;

  public SimulatedTicks(NormsRunner runner) {
    this.runner = runner;
  }

  @Override
  public void apply(Handle handle, ChatEvent event) {
    fireUntil(handle, event.occurredAt());
  }

  /** Ticks change threads behind the cache's back: it forgets them when any fired. */
  @Override
  public void apply(BatchCache cache, ChatEvent event) {
    if (fireUntil(cache.handle(), event.occurredAt()) > 0) {
      cache.clear();
    }
  }

  /** Fires every check due at or before {@code until}; returns how many fired. */
  public int fireUntil(Handle handle, Instant until) {
    NormsStore store = handle.attach(NormsStore.class);
    int fired = 0;
    Instant previous = null;
    int roundsAtPrevious = 0;
    for (Optional<Instant> next = store.nextCheck(until);
        next.isPresent();
        next = store.nextCheck(until)) {
      roundsAtPrevious = next.get().equals(previous) ? roundsAtPrevious + 1 : 0;
      if (roundsAtPrevious > MAX_ROUNDS_AT_ONE_INSTANT) {
        throw new IllegalStateException("norms checks keep rescheduling at " + previous);
      }
      previous = next.get();
      fired += runner.tick(handle, next.get(), BATCH);
    }
    return fired;
  }
}
