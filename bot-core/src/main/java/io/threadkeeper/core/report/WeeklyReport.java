package io.threadkeeper.core.report;

import io.threadkeeper.core.command.IsoWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The weekly thread-health report of one workspace: an ISO week in the reader's time zone, with the
 * weeks before it as a trend; the one model every renderer and platform reads.
 *
 * @param workspace the workspace key, e.g. {@code slack:T0123}
 * @param zone the reader's zone, in which the weeks start on Monday 00:00
 * @param trend {@link #TREND_WEEKS} weeks, oldest first; the last is {@code week}
 * @param overdue threads overdue at the end of {@code week}, oldest first
 * @param shadowed how many messages of each purpose shadow mode held back during {@code week}
 */
public record WeeklyReport(
    String workspace,
    ZoneId zone,
    IsoWeek week,
    List<PeriodHealth> trend,
    List<OverdueThread> overdue,
    Map<String, Integer> shadowed) {
  /** How many weeks the trend shows, the report's week included. */
  public static final int TREND_WEEKS = 8;

  public WeeklyReport {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(week, "week");
    if (trend.isEmpty() || !trend.get(trend.size() - 1).label().equals(week.toString())) {
      throw new IllegalArgumentException("the trend must end with the report's week " + week);
    }
    trend = List.copyOf(trend);
    overdue = List.copyOf(overdue);
    shadowed = Map.copyOf(new TreeMap<>(shadowed));
  }

  /** The report's own week. */
  public PeriodHealth current() {
    return trend.get(trend.size() - 1);
  }

  /** The shadowed purposes in name order, for stable rendering. */
  public Map<String, Integer> shadowedInOrder() {
    return new TreeMap<>(shadowed);
  }
}
