package io.threadkeeper.core.norms;

import java.time.Instant;
import java.util.Objects;

/**
 * What the norms remember about one thread between events and ticks; the store persists it as is.
 *
 * @param plan the reply plan, or {@code null} for a thread without a known owner
 * @param snooze the snooze in force, or {@code null}
 * @param summaryPrompted whether the owner was asked for a summary when a threshold was crossed
 * @param resolutionHandled whether the thread's resolution has been seen (and prompted for)
 * @param staleWarnedFor the last-activity instant a stale warning was sent for, or {@code null}; a
 *     newer activity makes the warning void
 * @param setAsideFor the last-activity instant the thread was marked stale for, or {@code null}
 */
public record ThreadNorms(
    ReplyPlan plan,
    LadderState ladder,
    Snooze snooze,
    boolean summaryPrompted,
    boolean resolutionHandled,
    Instant staleWarnedFor,
    Instant setAsideFor) {

  public ThreadNorms {
    Objects.requireNonNull(ladder, "ladder");
  }

  public static ThreadNorms planned(ReplyPlan plan) {
    return new ThreadNorms(plan, LadderState.NONE, null, false, false, null, null);
  }

  /** A new plan starts a fresh ladder. */
  public ThreadNorms withPlan(ReplyPlan newPlan) {
    return new ThreadNorms(
        newPlan,
        LadderState.NONE,
        snooze,
        summaryPrompted,
        resolutionHandled,
        staleWarnedFor,
        setAsideFor);
  }

  public ThreadNorms withLadder(LadderState newLadder) {
    return new ThreadNorms(
        plan, newLadder, snooze, summaryPrompted, resolutionHandled, staleWarnedFor, setAsideFor);
  }

  public ThreadNorms snoozed(ReplyPlan newPlan, LadderState newLadder, Snooze newSnooze) {
    return new ThreadNorms(
        newPlan,
        newLadder,
        newSnooze,
        summaryPrompted,
        resolutionHandled,
        staleWarnedFor,
        setAsideFor);
  }

  public ThreadNorms withSummaryPrompted() {
    return new ThreadNorms(
        plan, ladder, snooze, true, resolutionHandled, staleWarnedFor, setAsideFor);
  }

  public ThreadNorms withResolutionHandled() {
    return new ThreadNorms(
        plan, ladder, snooze, summaryPrompted, true, staleWarnedFor, setAsideFor);
  }

  public ThreadNorms withStaleWarning(Instant activity) {
    return new ThreadNorms(
        plan, ladder, snooze, summaryPrompted, resolutionHandled, activity, setAsideFor);
  }

  public ThreadNorms withSetAside(Instant activity) {
    return new ThreadNorms(
        plan, ladder, snooze, summaryPrompted, resolutionHandled, staleWarnedFor, activity);
  }
}
