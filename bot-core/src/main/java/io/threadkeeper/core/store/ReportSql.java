package io.threadkeeper.core.store;

import io.threadkeeper.core.report.PeriodTally;
import io.threadkeeper.core.report.ScopeCounts;
import io.threadkeeper.core.report.ThreadTimes;
import io.threadkeeper.core.time.WorkingPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/** The report's SQL, from the {@code .sql} files beside {@link WeeklyReportQuery}. */
final class ReportSql {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();
  static final String CHANNELS = locate("channels");
  static final String SHADOWED = locate("shadowed");
  static final String WORKSPACE = locate("workspace");
  private static final String COUNTS = locate("counts");
  private static final String THREAD_TIMES = locate("threadTimes");

  private ReportSql() {}

  private static String locate(String name) {
    return SQL.locate(WeeklyReportQuery.class, name);
  }

  /**
   * Counts for each of the consecutive periods between {@code bounds}, by channel key; the
   * workspace's own row under the empty key.
   *
   * @param working the workspace's working time from the first bound to the last
   * @return one map per period, in order
   */
  static List<Map<String, ScopeCounts>> counts(
      Handle h, long workspaceId, List<Instant> bounds, List<WorkingPeriod> working) {
    List<Map<String, ScopeCounts>> periods = new ArrayList<>();
    for (int i = 1; i < bounds.size(); i++) {
      periods.add(new HashMap<>());
    }
    h.createQuery(COUNTS)
        .bind("workspaceId", workspaceId)
        .bind("from", bounds.get(0))
        .bind("to", bounds.get(bounds.size() - 1))
        .bind("bounds", timestamps(bounds.stream()))
        .bind("working", timestamps(working.stream().flatMap(p -> Stream.of(p.start(), p.end()))))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getInt("period"),
                    Map.entry(
                        rs.getString("external_id") == null ? "" : rs.getString("external_id"),
                        scopeCounts(rs))))
        .forEach(
            e -> periods.get(e.getKey() - 1).put(e.getValue().getKey(), e.getValue().getValue()));
    return periods;
  }

  private static ScopeCounts scopeCounts(ResultSet rs) throws SQLException {
    return new ScopeCounts(
        rs.getInt("threads"),
        rs.getInt("answered"),
        rs.getInt("ghosts"),
        rs.getInt("replies"),
        rs.getInt("long_threads"),
        rs.getInt("long_without_summary"),
        rs.getInt("without_owner"),
        rs.getInt("resolved"),
        rs.getInt("contributors"),
        rs.getInt("first_timers"),
        rs.getDouble("top_five_share"),
        rs.getInt("nudges"),
        rs.getInt("after_hours"));
  }

  /** Instants as a text array that the SQL casts to {@code timestamptz[]} once per statement. */
  private static String[] timestamps(Stream<Instant> instants) {
    return instants.map(Instant::toString).toArray(String[]::new);
  }

  /**
   * The threads opened in {@code [from, to)}, and those opened in the {@link
   * PeriodTally#OVERDUE_LOOK_BACK} before {@code from} that could be overdue at or after it.
   */
  static List<ThreadTimes> threadTimes(Handle h, long workspaceId, Instant from, Instant to) {
    return h.createQuery(THREAD_TIMES)
        .bind("workspaceId", workspaceId)
        .bind("lookBack", from.minus(PeriodTally.OVERDUE_LOOK_BACK))
        .bind("from", from)
        .bind("to", to)
        .map(
            (rs, ctx) ->
                new ThreadTimes(
                    rs.getString("channel_key"),
                    rs.getString("root_key"),
                    instant(rs, "opened_at"),
                    instant(rs, "first_reply_at"),
                    instant(rs, "due_at"),
                    instant(rs, "resolved_at"),
                    rs.getBoolean("root_deleted"),
                    Duration.ofSeconds(rs.getLong("reply_window_seconds"))))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
