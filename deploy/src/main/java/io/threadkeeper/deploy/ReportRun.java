package io.threadkeeper.deploy;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.WeeklyReport;
import io.threadkeeper.core.store.WeeklyReportQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The body of {@code threadkeeper report}: resolves the defaults against the database, reads the
 * report and writes it. Callable from tests.
 */
public final class ReportRun {
  private ReportRun() {}

  /**
   * Runs the report; {@code week}, {@code zone}, {@code workspace} and {@code out} may be null.
   *
   * @throws IllegalArgumentException for anything the operator can fix, in one line
   */
  public static int run(
      DatabaseTarget target,
      String week,
      String zone,
      String workspace,
      ReportFormat format,
      Path out,
      Clock clock,
      PrintStream stdout)
      throws IOException {
    IsoWeek isoWeek = week == null ? null : week(week);
    ZoneId reader = zone == null ? null : zone(zone);
    PrintStream log = out == null ? System.err : stdout;
    try (DatabaseTarget.Opened opened = target.openMain(log)) {
      WeeklyReportQuery query = new WeeklyReportQuery(opened.database().jdbi());
      WorkspaceRef ref = workspace(query, workspace);
      ZoneId readerZone = reader != null ? reader : query.zoneOf(ref).orElseThrow();
      IsoWeek reportWeek = isoWeek != null ? isoWeek : lastComplete(clock, readerZone);
      WeeklyReport report = query.weekly(ref, reportWeek, readerZone);
      String text = format.render("Thread health " + reportWeek + ", " + ref.key(), report);
      if (out == null) {
        stdout.print(text);
      } else {
        Files.writeString(out, text, StandardCharsets.UTF_8);
        stdout.println("Report written to " + out.toAbsolutePath());
      }
      return 0;
    }
  }

  static IsoWeek week(String text) {
    try {
      return IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--week '" + text + "' is not a week: " + e.getMessage(), e);
    }
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "--zone '" + text + "' is not a time zone; expected e.g. Europe/Berlin", e);
    }
  }

  /** The last week that has ended in the reader's zone. */
  static IsoWeek lastComplete(Clock clock, ZoneId zone) {
    return IsoWeek.containing(LocalDate.now(clock.withZone(zone))).minusWeeks(1);
  }

  private static WorkspaceRef workspace(WeeklyReportQuery query, String requested) {
    List<String> stored = query.workspaces();
    if (requested != null) {
      if (!stored.contains(requested)) {
        throw new IllegalArgumentException(
            "no workspace " + requested + " in this database; it has: " + listed(stored));
      }
      return WorkspaceRef.parse(requested);
    }
    if (stored.size() != 1) {
      throw new IllegalArgumentException(
          "choose a workspace with --workspace; this database has: " + listed(stored));
    }
    return WorkspaceRef.parse(stored.get(0));
  }

  private static String listed(List<String> workspaces) {
    return workspaces.isEmpty() ? "none" : String.join(", ", workspaces);
  }
}
