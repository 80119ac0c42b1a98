package io.threadkeeper.core.report;

/**
 * What the database counts for one scope over a period; {@link PeriodTally} adds the figures that
 * need the working calendar for each thread.
 *
 * @param afterHoursMessages human messages posted outside the workspace's working time
 */
public record ScopeCounts(
    int threads,
    int answered,
    int ghosts,
    int replies,
    int longThreads,
    int longWithoutSummary,
    int withoutOwner,
    int resolved,
    int contributors,
    int firstTimeContributors,
    double topFiveReplyShare,
    int pressureNudges,
    int afterHoursMessages) {
  /** No activity. */
  public static final ScopeCounts NONE = new ScopeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
