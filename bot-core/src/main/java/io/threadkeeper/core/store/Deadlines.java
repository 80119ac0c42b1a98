package io.threadkeeper.core.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Writes deadlines in the caller's transaction: the norms schedule, postpone and cancel them, the
 * {@link DeadlineSweep} fires them.
 *
 * <p>Thread-safe (stateless).
 */
public final class Deadlines {
  private Deadlines() {}

  /** Adds a pending deadline; returns its id. */
  public static long schedule(
      Handle handle,
      long workspaceId,
      long threadId,
      String kind,
      Instant dueAt,
      Long recipientMemberId,
      Instant now) {
    return handle
        .attach(DeadlineStore.class)
        .insert(workspaceId, threadId, kind, dueAt, recipientMemberId, now);
  }

  /**
   * Moves a pending deadline to {@code dueAt}; from a {@link DeadlineHandler}, this postpones it
   * instead of firing it. {@code dueAt} must lie after the sweep's "now", or the deadline is due
   * again at once.
   *
   * @return false when the deadline is no longer pending
   */
  public static boolean reschedule(Handle handle, long deadlineId, Instant dueAt) {
    return handle.attach(DeadlineStore.class).reschedule(deadlineId, dueAt) > 0;
  }

  /** Cancels a pending deadline; returns false when it was not pending. */
  public static boolean cancel(Handle handle, long deadlineId) {
    return handle.attach(DeadlineStore.class).cancel(deadlineId) > 0;
  }
}
