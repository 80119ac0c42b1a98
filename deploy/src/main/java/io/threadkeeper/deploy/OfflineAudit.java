package io.threadkeeper.deploy;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.report.PeriodHealth;
import io.threadkeeper.core.report.ReportHtml;
import io.threadkeeper.core.report.ReportText;
import io.threadkeeper.core.report.WeeklyReport;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.ExportImport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * What {@code demo} and {@code audit} share: import an export through the real pipeline in
 * simulated time and shadow mode, then print the thread health over the whole export and what the
 * bot would have done, and write the weekly HTML report of the export's last week (its trend shows
 * the seven weeks before).
 */
final class OfflineAudit {
  /** How long after the export's last message the norms keep running, to show what follows. */
  static final Duration AFTERMATH = Duration.ofDays(7);

  private final Database database;
  private final Clock clock;
  private final PrintStream out;
  private final boolean terminal;

  OfflineAudit(Database database, Clock clock, PrintStream out, boolean terminal) {
    this.database = database;
    this.clock = clock;
    this.out = out;
    this.terminal = terminal;
  }

  /** Imports, reports and returns the health it printed. */
  PeriodHealth run(
      Path export, String title, Path reportFile, ZoneId zone, Predicate<String> urgent)
      throws ExportFormatException, IOException {
    ExportReader reader = readerFor(export);
    try (Pipeline pipeline = Pipeline.forImport(database, clock, urgent)) {
      out.println("Reading " + export.getFileName() + " (" + reader.format() + ")…");
      ExportImport.Result result =
          pipeline
              .exportImport()
              .run(
                  reader,
                  export,
                  new ProgressLine(out, terminal),
                  ExportImport.Setup.offline(zone));
      WorkspaceRef workspace = result.export().workspace();
      PeriodHealth health = wholeExport(pipeline, workspace);
      int lateChecks = pipeline.fireChecksUntil(health.to().plus(AFTERMATH));
      out.printf(
          "Imported %d messages from %d channels and %d members: read and stored in %.1f s,"
              + " replayed in %.1f s (%d events, %d failed, %d norms checks after the last"
              + " message).%n%n",
          result.export().messages(),
          result.export().channels(),
          result.export().members(),
          seconds(result.storing()),
          seconds(result.processing()),
          result.applied().processed(),
          result.applied().failed(),
          lateChecks);
      out.println(ReportText.headline(health.workspace()));
      out.println();
      out.print(ReportText.table(health));
      out.println();
      out.print(
          EffectSummary.render(pipeline.effects(), result.export().workspace(), zone, AFTERMATH));
      IsoWeek lastWeek = IsoWeek.containing(health.to().minusSeconds(1).atZone(zone).toLocalDate());
      WeeklyReport weekly = pipeline.health().weekly(workspace, lastWeek, zone);
      Files.writeString(
          reportFile, ReportHtml.render(title + ", " + lastWeek, weekly), StandardCharsets.UTF_8);
      out.println();
      out.println("Report written to " + reportFile.toAbsolutePath());
      return health;
    }
  }

  /** From the first to just after the last human message of the export. */
  private static PeriodHealth wholeExport(Pipeline pipeline, WorkspaceRef workspace) {
    Instant first = pipeline.health().firstMessage(workspace).orElse(Instant.EPOCH);
    Instant last = pipeline.health().lastMessage(workspace).orElse(first);
    return pipeline.health().period(workspace, "whole export", first, last.plusSeconds(1));
  }

  private static ExportReader readerFor(Path export) throws IOException, ExportFormatException {
    return Pipeline.readerFor(export)
        .orElseThrow(
            () ->
                new ExportFormatException(
                    export
                        + " is not an export Threadkeeper can read: expected a Slack workspace"
                        + " export (a .zip or a folder with channels.json and one folder of"
                        + " YYYY-MM-DD.json files per channel) or a DiscordChatExporter export"
                        + " in JSON format (a .json file per channel, or a folder of them)"));
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
