package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Joins the database's counts for a period with the figures computed in working time (answered in
 * window, time to first reply, overdue threads, after-hours messages). Stateless.
 */
public final class PeriodTally {
  /** How far back a thread may have been opened and still count as overdue at a period's end. */
  public static final Duration OVERDUE_LOOK_BACK = Duration.ofDays(7L * WeeklyReport.TREND_WEEKS);

  private PeriodTally() {}

  /**
   * The period's health.
   *
   * @param threads every thread opened from {@link #OVERDUE_LOOK_BACK} before {@code from} to
   *     {@code to}
   * @param counts the database's counts by channel key
   * @param afterHours after-hours messages by channel key
   */
  public static PeriodHealth assemble(
      String label,
      Instant from,
      Instant to,
      List<ChannelInfo> channels,
      Map<String, ScopeCounts> counts,
      ScopeCounts workspace,
      List<ThreadTimes> threads,
      Map<String, Integer> afterHours,
      ReplyClock clock) {
    Period period = new Period(from, to, threads, clock);
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
                            t -> t.channelKey().equals(channel.key()),
                            afterHours.getOrDefault(channel.key(), 0))))
            .sorted(
                Comparator.comparingInt((ChannelFigures c) -> -c.figures().threads())
                    .thenComparing(ChannelFigures::name))
            .toList();
    int allAfterHours = afterHours.values().stream().mapToInt(Integer::intValue).sum();
    return new PeriodHealth(
        label, from, to, period.figures(workspace, t -> true, allAfterHours), perChannel);
  }

  private record Period(Instant from, Instant to, List<ThreadTimes> threads, ReplyClock clock) {
    Figures figures(ScopeCounts counts, Predicate<ThreadTimes> scope, int afterHours) {
      List<ThreadTimes> started =
          threads.stream().filter(scope).filter(t -> t.openedIn(from, to)).toList();
      List<Duration> firstReplies =
          started.stream()
              .filter(t -> t.firstReplyAt() != null)
              .map(clock::firstReply)
              .sorted()
              .toList();
      int inWindow = (int) started.stream().filter(clock::answeredInWindow).count();
      int overdue =
          (int)
              threads.stream()
                  .filter(scope)
                  .filter(t -> t.openedIn(to.minus(OVERDUE_LOOK_BACK), to))
                  .filter(t -> clock.overdueAt(t, to))
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
          afterHours);
    }
  }
}
