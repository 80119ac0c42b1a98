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

/**
 * What {@code demo} and {@code audit} share: import an export through the real pipeline, then print
 * the thread health and write it as an HTML report.
 */
final class OfflineAudit {
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
  CommunityHealth run(Path export, String title, Path reportFile)
      throws ExportFormatException, IOException {
    ExportReader reader =
        Pipeline.readerFor(export)
            .orElseThrow(
                () ->
                    new ExportFormatException(
                        export
                            + " is not an export Threadkeeper can read: expected a Slack workspace"
                            + " export (a .zip or a folder with channels.json and one folder of"
                            + " YYYY-MM-DD.json files per channel)"));
    try (Pipeline pipeline = new Pipeline(database, clock)) {
      long started = System.nanoTime();
      out.println("Reading " + export.getFileName() + " (" + reader.format() + ")…");
      ExportImport.Result result =
          pipeline.exportImport().run(reader, export, new ProgressLine(out, terminal));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      out.printf(
          "Imported %d messages from %d channels and %d members in %.1f s"
              + " (%d events processed, %d failed).%n%n",
          result.export().messages(),
          result.export().channels(),
          result.export().members(),
          took.toMillis() / 1000.0,
          result.applied().processed(),
          result.applied().failed());
      CommunityHealth health = pipeline.health().computeAll(result.export().workspace());
      out.print(HealthText.render(health));
      Files.writeString(reportFile, HealthHtml.render(title, health), StandardCharsets.UTF_8);
      out.println();
      out.println("Report written to " + reportFile.toAbsolutePath());
      return health;
    }
  }
}
