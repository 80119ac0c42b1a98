package io.threadkeeper.core.store;

import org.jdbi.v3.core.Handle;

/**
 * Decides what a due deadline does: typically writes outbox rows (a reminder, an escalation).
 *
 * <p>Contract: {@link #fire} runs inside the sweep's transaction. Its writes commit together with
 * the deadline's change to fired, so a deadline has effects once or not at all. To postpone instead
 * of firing (e.g. the recipient is outside working hours), call {@link Deadlines#reschedule} with a
 * later instant; the deadline then stays pending. Throwing undoes the handler's writes and retries
 * the deadline later with a growing delay; the rest of the batch still fires (the sweep rolls the
 * batch back and sweeps it again with a savepoint per deadline, so a handler may be called again
 * for a deadline whose earlier call was undone: it must have no effects outside the handle). The
 * handler must not commit, roll back or close the handle.
 *
 * <p>Implementations must be thread-safe: sweeps on several threads call them concurrently.
 */
@FunctionalInterface
public interface DeadlineHandler {
  void fire(Handle handle, DueDeadline deadline);
}
