package io.threadkeeper.core.store;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.ChannelInfo;
import io.threadkeeper.core.report.ClockedThreads;
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
    return jdbi.inTransaction(h -> weekly(h, workspace, week, reader));
  }

  /**
   * {@link #weekly(WorkspaceRef, IsoWeek, ZoneId)} inside the caller's transaction.
   *
   * @throws NoSuchElementException when the workspace is not stored
   */
  public WeeklyReport weekly(Handle h, WorkspaceRef workspace, IsoWeek week, ZoneId reader) {
    Stored stored = find(h, workspace).orElseThrow(() -> unknown(workspace));
    List<String> labels = new ArrayList<>();
    List<Instant> bounds = new ArrayList<>();
    for (int back = WeeklyReport.TREND_WEEKS - 1; back >= 0; back--) {
      IsoWeek each = week.minusWeeks(back);
      labels.add(each.toString());
      bounds.add(start(each, reader));
    }
    bounds.add(end(week, reader));
    Span span = span(h, stored, labels, bounds);
    PeriodHealth current = span.periods().get(span.periods().size() - 1);
    return new WeeklyReport(
        workspace.key(),
        reader,
        week,
        span.periods(),
        overdue(span, current.to()),
        shadowed(h, stored, current));
  }

  /**
   * The health of {@code [from, to)}, e.g. the whole span of an imported export.
   *
   * @throws NoSuchElementException when the workspace is not stored
   */
  public PeriodHealth period(WorkspaceRef workspace, String label, Instant from, Instant to) {
    return jdbi.inTransaction(
        h -> {
          Stored stored = find(h, workspace).orElseThrow(() -> unknown(workspace));
          return span(h, stored, List.of(label), List.of(from, to)).periods().get(0);
        });
  }

  /**
   * The consecutive periods between {@code bounds}, counted in one pass: one query for the counts
   * of all of them, one for the threads whose working-time figures Java adds.
   */
  private static Span span(Handle h, Stored stored, List<String> labels, List<Instant> bounds) {
    Instant from = bounds.get(0);
    Instant to = bounds.get(bounds.size() - 1);
    // The one pass over messages groups by period, channel and author in memory, not on disk.
    h.execute("set local work_mem = '64MB'");
    List<ChannelInfo> channels = channels(h, stored);
    List<Map<String, ScopeCounts>> counts =
        ReportSql.counts(h, stored.id(), bounds, stored.calendar().periodsBetween(from, to));
    ClockedThreads threads =
        new ClockedThreads(ReportSql.threadTimes(h, stored.id(), from, to), stored.clock());
    List<PeriodHealth> periods = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Map<String, ScopeCounts> byChannel = new HashMap<>(counts.get(i));
      ScopeCounts workspace = byChannel.remove("");
      periods.add(
          PeriodTally.assemble(
              labels.get(i),
              bounds.get(i),
              bounds.get(i + 1),
              channels,
              byChannel,
              workspace == null ? ScopeCounts.NONE : workspace,
              threads));
    }
    return new Span(periods, channels, threads);
  }

  private static List<ChannelInfo> channels(Handle h, Stored stored) {
    return h.createQuery(ReportSql.CHANNELS)
        .bind("workspaceId", stored.id())
        .map(
            (rs, ctx) ->
                new ChannelInfo(
                    rs.getString("external_id"),
                    rs.getString("name"),
                    rs.getBoolean("urgent"),
                    rs.getBoolean("archived")))
        .list();
  }

  private static List<OverdueThread> overdue(Span span, Instant end) {
    Map<String, String> names = new HashMap<>();
    span.channels().forEach(c -> names.put(c.key(), nameOr(c.name(), c.key())));
    return span.threads().overdueAt(end, names);
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

  /** Periods, the workspace's channels and the threads they were counted from. */
  private record Span(
      List<PeriodHealth> periods, List<ChannelInfo> channels, ClockedThreads threads) {}

  /** A stored workspace: its row id and its working calendar. */
  private record Stored(long id, ReplyClock clock) {
    WorkingCalendar calendar() {
      return clock.calendar();
    }
  }
}
