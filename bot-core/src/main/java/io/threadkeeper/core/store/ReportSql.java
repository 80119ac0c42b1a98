package io.threadkeeper.core.store;

import io.threadkeeper.core.report.ReplyClock;
import io.threadkeeper.core.report.ScopeCounts;
import io.threadkeeper.core.report.ThreadTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final String HUMAN_POSTS = locate("humanPosts");

  private ReportSql() {}

  private static String locate(String name) {
    return SQL.locate(WeeklyReportQuery.class, name);
  }

  /** Counts by channel key; the workspace's own row under the empty key. */
  static Map<String, ScopeCounts> counts(Handle h, long workspaceId, Instant from, Instant to) {
    Map<String, ScopeCounts> counts = new HashMap<>();
    h.createQuery(COUNTS)
        .bind("workspaceId", workspaceId)
        .bind("from", from)
        .bind("to", to)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("external_id") == null ? "" : rs.getString("external_id"),
                    new ScopeCounts(
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
                        rs.getInt("nudges"))))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  static List<ThreadTimes> threadTimes(Handle h, long workspaceId, Instant from, Instant to) {
    return h.createQuery(THREAD_TIMES)
        .bind("workspaceId", workspaceId)
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

  /** Human messages posted outside working hours, by channel key; streamed, never all in memory. */
  static Map<String, Integer> afterHours(
      Handle h, long workspaceId, Instant from, Instant to, ReplyClock clock) {
    Map<String, Integer> counts = new HashMap<>();
    h.createQuery(HUMAN_POSTS)
        .bind("workspaceId", workspaceId)
        .bind("from", from)
        .bind("to", to)
        .map((rs, ctx) -> Map.entry(rs.getString("channel_key"), instant(rs, "posted_at")))
        .forEach(
            post -> {
              if (clock.afterHours(post.getValue())) {
                counts.merge(post.getKey(), 1, Integer::sum);
              }
            });
    return counts;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
