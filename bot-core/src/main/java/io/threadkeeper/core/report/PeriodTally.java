package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Joins the database's counts for a period with the figures computed in working time (answered in
 * window, time to first reply, overdue threads). Stateless.
 */
public final class PeriodTally {
  /** How far back a thread may have been opened and still count as overdue at a period's end. */
  public static final Duration OVERDUE_LOOK_BACK = Duration.ofDays(7L * WeeklyReport.TREND_WEEKS);

  private PeriodTally() {}

  /**
   * The period's health.
   *
   * @param counts the database's counts by channel key
   * @param threads every thread opened in {@code [from, to)}, and every one opened in the {@link
   *     #OVERDUE_LOOK_BACK} before {@code to} that may be overdue at {@code to}; others may be
   *     there too
   */
  public static PeriodHealth assemble(
      String label,
      Instant from,
      Instant to,
      List<ChannelInfo> channels,
      Map<String, ScopeCounts> counts,
      ScopeCounts workspace,
      ClockedThreads threads) {
    Period period = new Period(from, to);
    List<ChannelFigures> perChannel =
        channels.stream()
            .map(
                channel ->
                    new ChannelFigures(
                        channel.key(),
                        channel.name(),
                        channel.urgent(),
                        channel.archived(),
                        period.figures(
                            counts.getOrDefault(channel.key(), ScopeCounts.NONE),
                            threads.of(channel.key()))))
            .sorted(
                Comparator.comparingInt((ChannelFigures c) -> -c.figures().threads())
                    .thenComparing(ChannelFigures::name))
            .toList();
    return new PeriodHealth(label, from, to, period.figures(workspace, threads.all()), perChannel);
  }

  private record Period(Instant from, Instant to) {
    Figures figures(ScopeCounts counts, List<ClockedThreads.Clocked> scope) {
      List<ClockedThreads.Clocked> started = ClockedThreads.openedIn(scope, from, to);
      List<Duration> firstReplies =
          started.stream()
              .filter(t -> t.times().firstReplyAt() != null)
              .map(ClockedThreads.Clocked::firstReply)
              .sorted()
              .toList();
      int inWindow =
          (int) started.stream().filter(ClockedThreads.Clocked::answeredInWindow).count();
      int overdue =
          (int)
              ClockedThreads.openedIn(scope, to.minus(OVERDUE_LOOK_BACK), to).stream()
                  .filter(t -> t.overdueAt(to))
                  .count();
      return new Figures(
          counts.threads(),
          counts.answered(),
          Math.min(inWindow, counts.answered()),
          counts.ghosts(),
          counts.replies(),
          counts.longThreads(),
          counts.longWithoutSummary(),
          counts.withoutOwner(),
          overdue,
          counts.resolved(),
          ReplyClock.percentile(firstReplies, 0.5),
          ReplyClock.percentile(firstReplies, 0.9),
          counts.contributors(),
          counts.firstTimeContributors(),
          counts.topFiveReplyShare(),
          counts.pressureNudges(),
          counts.afterHoursMessages());
    }
  }
}
