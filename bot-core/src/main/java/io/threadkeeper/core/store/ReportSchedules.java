package io.threadkeeper.core.store;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.ReportSchedule;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Reads when each workspace's weekly report is due: every workspace with a report channel or
 * recipients, in its own zone, by its {@code report_schedule} setting. Thread-safe.
 */
public final class ReportSchedules {
  private static final String SCHEDULES =
      ClasspathSqlLocator.create().locate(WeeklyReportDelivery.class, "schedules");

  private final Jdbi jdbi;

  public ReportSchedules(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** The schedules and, for workspaces whose setting cannot be read, what is wrong with it. */
  public record Read(List<ReportSchedule> schedules, List<String> problems) {
    public Read {
      schedules = List.copyOf(schedules);
      problems = List.copyOf(problems);
    }
  }

  /** Every due schedule; a workspace with a malformed setting is left out and named in problems. */
  public Read all() {
    List<ReportSchedule> schedules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    jdbi.useHandle(
        h ->
            h.createQuery(SCHEDULES)
                .map(
                    (rs, ctx) ->
                        new Row(
                            rs.getString("platform") + ":" + rs.getString("external_id"),
                            rs.getString("time_zone"),
                            rs.getString("schedule")))
                .forEach(
                    row -> {
                      try {
                        ReportSchedule.of(
                                WorkspaceRef.parse(row.workspace()),
                                ZoneId.of(row.zone()),
                                row.schedule())
                            .ifPresent(schedules::add);
                      } catch (RuntimeException e) {
                        problems.add(e.getMessage());
                      }
                    }));
    return new Read(schedules, problems);
  }

  private record Row(String workspace, String zone, String schedule) {}
}
