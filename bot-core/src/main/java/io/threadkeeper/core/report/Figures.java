package io.threadkeeper.core.report;

import java.time.Duration;

/**
 * The thread-health measures of one scope (a channel or a whole workspace) over one period.
 *
 * <p>Threads count in the period they were opened in; messages in the period they were posted in.
 *
 * @param threads threads started in the period
 * @param answered threads started that got a first reply (from someone other than their author)
 * @param answeredInWindow threads whose first reply came by their deadline: the explicit due date,
 *     else the channel's reply window of working time in the workspace calendar
 * @param ghosts threads started that got no reply at all (deleted roots excluded)
 * @param replies replies to the threads started
 * @param longThreads threads past a summary threshold (replies, participants or days of activity)
 * @param longWithoutSummary long threads nobody summarized
 * @param withoutOwner threads started that have no owner
 * @param overdueOpen threads opened in the eight weeks to the period's end that, at its end, were
 *     past their deadline with no reply and not resolved
 * @param resolved threads started that are resolved by now
 * @param medianFirstReply median working time to the first reply; {@code null} when none
 * @param p90FirstReply 90th percentile of working time to the first reply; {@code null} when none
 * @param contributors distinct people who posted in the period
 * @param firstTimeContributors people whose first message in the workspace is in the period
 * @param topFiveReplyShare share of the period's replies written by its five busiest repliers
 * @param pressureNudges pressure nudges the bot decided on (sent or shadowed)
 * @param afterHoursMessages human messages posted outside the workspace's working hours
 */
public record Figures(
    int threads,
    int answered,
    int answeredInWindow,
    int ghosts,
    int replies,
    int longThreads,
    int longWithoutSummary,
    int withoutOwner,
    int overdueOpen,
    int resolved,
    Duration medianFirstReply,
    Duration p90FirstReply,
    int contributors,
    int firstTimeContributors,
    double topFiveReplyShare,
    int pressureNudges,
    int afterHoursMessages) {

  /** A scope with no activity at all. */
  public static final Figures NONE =
      new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 0, 0, 0);

  public Figures {
    if (threads < 0 || answered > threads || answeredInWindow > answered) {
      throw new IllegalArgumentException(
          "inconsistent counts: "
              + threads
              + " threads, "
              + answered
              + " answered, "
              + answeredInWindow
              + " in window");
    }
    if (topFiveReplyShare < 0 || topFiveReplyShare > 1) {
      throw new IllegalArgumentException("topFiveReplyShare must be 0..1: " + topFiveReplyShare);
    }
  }

  /** Share of threads answered at all, 0 when none were started. */
  public double answeredShare() {
    return share(answered);
  }

  /** Share of threads answered inside their window, 0 when none were started. */
  public double answeredInWindowShare() {
    return share(answeredInWindow);
  }

  /** Share of threads started that are resolved, 0 when none were started. */
  public double resolutionRate() {
    return share(resolved);
  }

  private double share(int count) {
    return threads == 0 ? 0 : (double) count / threads;
  }
}
