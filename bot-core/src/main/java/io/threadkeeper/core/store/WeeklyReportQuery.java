package io.threadkeeper.core.store;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.ChannelInfo;
import io.threadkeeper.core.report.OverdueThread;
import io.threadkeeper.core.report.PeriodHealth;
import io.threadkeeper.core.report.PeriodTally;
import io.threadkeeper.core.report.ReplyClock;
import io.threadkeeper.core.report.ScopeCounts;
import io.threadkeeper.core.report.WeeklyReport;
import io.threadkeeper.core.time.WorkingCalendar;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the weekly thread-health report from thread, message and outbox metadata: PostgreSQL
 * counts, Java adds only what needs the workspace's working calendar.
 *
 * <p>Thread-safe.
 */
public final class WeeklyReportQuery {
  private final Jdbi jdbi;

  public WeeklyReportQuery(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The stored workspaces' keys, in order. */
  public List<String> workspaces() {
    return jdbi.withHandle(
        h ->
            h.createQuery("select platform || ':' || external_id from workspace order by 1")
                .mapTo(String.class)
                .list());
  }

  /** The workspace's own time zone, if it is stored. */
  public Optional<ZoneId> zoneOf(WorkspaceRef workspace) {
    return jdbi.withHandle(h -> find(h, workspace)).map(w -> w.calendar().zone());
  }

  /** When the workspace's first human message was posted, if any. */
  public Optional<Instant> firstMessage(WorkspaceRef workspace) {
    return postedAt(workspace, "min");
  }

  /** When the workspace's last human message was posted, if any. */
  public Optional<Instant> lastMessage(WorkspaceRef workspace) {
    return postedAt(workspace, "max");
  }

  private Optional<Instant> postedAt(WorkspaceRef workspace, String aggregate) {
    // aggregate is one of two constants above, never input.
    String sql =
        "select "
            + aggregate
            + "(m.posted_at) from message m join workspace w on w.id = m.workspace_id"
            + " where w.platform = :platform and w.external_id = :externalId"
            + " and m.author_kind = 'human'";
    return Optional.ofNullable(
        jdbi.withHandle(
            h ->
                h.createQuery(sql)
                    .bind("platform", workspace.platform().key())
                    .bind("externalId", workspace.externalId())
                    .mapTo(Instant.class)
                    .one()));
  }

  /**
   * The report for {@code week} as a reader in {@code reader} sees it.
   *
   * @throws NoSuchElementException when the workspace is not stored
   */
  public WeeklyReport weekly(WorkspaceRef workspace, IsoWeek week, ZoneId reader) {
    return jdbi.withHandle(
        h -> {
          Stored stored = find(h, workspace).orElseThrow(() -> unknown(workspace));
          List<PeriodHealth> trend = new ArrayList<>();
          for (int back = WeeklyReport.TREND_WEEKS - 1; back >= 0; back--) {
            IsoWeek each = week.minusWeeks(back);
            trend.add(period(h, stored, each.toString(), start(each, reader), end(each, reader)));
          }
          Instant end = trend.get(trend.size() - 1).to();
          return new WeeklyReport(
              workspace.key(),
              reader,
              week,
              trend,
              overdue(h, stored, end),
              shadowed(h, stored, trend.get(trend.size() - 1)));
        });
  }

  /**
   * The health of {@code [from, to)}, e.g. the whole span of an imported export.
   *
   * @throws NoSuchElementException when the workspace is not stored
   */
  public PeriodHealth period(WorkspaceRef workspace, String label, Instant from, Instant to) {
    return jdbi.withHandle(
        h -> period(h, find(h, workspace).orElseThrow(() -> unknown(workspace)), label, from, to));
  }

  private static PeriodHealth period(
      Handle h, Stored stored, String label, Instant from, Instant to) {
    List<ChannelInfo> channels =
        h.createQuery(ReportSql.CHANNELS)
            .bind("workspaceId", stored.id())
            .map(
                (rs, ctx) ->
                    new ChannelInfo(
                        rs.getString("external_id"),
                        rs.getString("name"),
                        rs.getBoolean("urgent"),
                        rs.getBoolean("archived")))
            .list();
    Map<String, ScopeCounts> counts = new HashMap<>();
    ScopeCounts[] workspace = {ScopeCounts.NONE};
    ReportSql.counts(h, stored.id(), from, to)
        .forEach(
            (key, value) -> {
              if (key.isEmpty()) {
                workspace[0] = value;
              } else {
                counts.put(key, value);
              }
            });
    return PeriodTally.assemble(
        label,
        from,
        to,
        channels,
        counts,
        workspace[0],
        ReportSql.threadTimes(h, stored.id(), from.minus(PeriodTally.OVERDUE_LOOK_BACK), to),
        ReportSql.afterHours(h, stored.id(), from, to, stored.clock()),
        stored.clock());
  }

  private static List<OverdueThread> overdue(Handle h, Stored stored, Instant end) {
    Map<String, String> names = new HashMap<>();
    h.createQuery(ReportSql.CHANNELS)
        .bind("workspaceId", stored.id())
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("external_id"),
                    nameOr(rs.getString("name"), rs.getString("external_id"))))
        .forEach(e -> names.put(e.getKey(), e.getValue()));
    return ReportSql.threadTimes(h, stored.id(), end.minus(PeriodTally.OVERDUE_LOOK_BACK), end)
        .stream()
        .filter(t -> stored.clock().overdueAt(t, end))
        .map(
            t ->
                new OverdueThread(
                    names.getOrDefault(t.channelKey(), t.channelKey()),
                    t.rootKey(),
                    t.openedAt(),
                    stored.clock().deadline(t)))
        .toList();
  }

  private static Map<String, Integer> shadowed(Handle h, Stored stored, PeriodHealth week) {
    Map<String, Integer> held = new HashMap<>();
    h.createQuery(ReportSql.SHADOWED)
        .bind("workspaceId", stored.id())
        .bind("from", week.from())
        .bind("to", week.to())
        .map((rs, ctx) -> Map.entry(rs.getString("purpose"), rs.getInt("held")))
        .forEach(e -> held.put(e.getKey(), e.getValue()));
    return held;
  }

  private static Optional<Stored> find(Handle h, WorkspaceRef workspace) {
    return h.createQuery(ReportSql.WORKSPACE)
        .bind("platform", workspace.platform().key())
        .bind("externalId", workspace.externalId())
        .map(
            (rs, ctx) ->
                new Stored(
                    rs.getLong("id"),
                    new ReplyClock(
                        new WorkingCalendar(
                            ZoneId.of(rs.getString("time_zone")),
                            WorkingHours.parse(rs.getString("working_hours")),
                            Set.of()))))
        .findOne();
  }

  private static Instant start(IsoWeek week, ZoneId zone) {
    return week.monday().atStartOfDay(zone).toInstant();
  }

  private static Instant end(IsoWeek week, ZoneId zone) {
    // Monday to Monday in the reader's zone: 167 or 169 hours when the clocks change.
    return week.monday().plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  private static String nameOr(String name, String key) {
    return name == null ? key : name;
  }

  private static NoSuchElementException unknown(WorkspaceRef workspace) {
    return new NoSuchElementException("no workspace " + workspace.key() + " in this database");
  }

  /** A stored workspace: its row id and its working calendar. */
  private record Stored(long id, ReplyClock clock) {
    WorkingCalendar calendar() {
      return clock.calendar();
    }
  }
}
