package io.threadkeeper.deploy;

import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.report.CommunityHealth;
import io.threadkeeper.core.report.HealthHtml;
import io.threadkeeper.core.report.HealthText;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.ExportImport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * What {@code demo} and {@code audit} share: import an export through the real pipeline in
 * simulated time and shadow mode, then print the thread health and what the bot would have done,
 * and write the HTML report.
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
  CommunityHealth run(
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
      CommunityHealth health = pipeline.health().computeAll(result.export().workspace());
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
      out.print(HealthText.render(health));
      out.println();
      out.print(
          EffectSummary.render(pipeline.effects(), result.export().workspace(), zone, AFTERMATH));
      Files.writeString(reportFile, HealthHtml.render(title, health), StandardCharsets.UTF_8);
      out.println();
      out.println("Report written to " + reportFile.toAbsolutePath());
      return health;
    }
  }

  private static ExportReader readerFor(Path export) throws IOException, ExportFormatException {
    return Pipeline.readerFor(export)
        .orElseThrow(
            () ->
                new ExportFormatException(
                    export
                        + " is not an export Threadkeeper can read: expected a Slack workspace"
                        + " export (a .zip or a folder with channels.json and one folder of"
                        + " YYYY-MM-DD.json files per channel)"));
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
