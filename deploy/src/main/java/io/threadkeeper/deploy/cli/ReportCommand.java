package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.ReportFormat;
import io.threadkeeper.deploy.ReportRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper report}: the weekly thread-health report from a database. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the weekly thread-health report of a workspace: the ISO week in the reader's time"
          + " zone (Monday 00:00 to Monday 00:00) with the 7 weeks before it as a trend.",
      "Works on the bot's database and on those demo and audit fill: they live in the databases"
          + " threadkeeper_demo and threadkeeper_audit on the same server, e.g."
          + " --database-url postgres://user:password@localhost:5432/threadkeeper_demo."
    })
public final class ReportCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(
      names = "--week",
      paramLabel = "WEEK",
      description = "The ISO week, e.g. 2026-W47. Default: the last complete week.")
  String week;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The reader's time zone, e.g. Europe/Berlin. Default: the workspace's.")
  String zone;

  @Option(
      names = "--workspace",
      paramLabel = "KEY",
      description = "The workspace, e.g. slack:T0123. Default: the only one in the database.")
  String workspace;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (Markdown), html, csv or json (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the report. Default: standard output.")
  Path out;

  @Override
  public Integer call() throws Exception {
    return ReportRun.run(
        database, week, zone, workspace, format, out, Clock.systemUTC(), System.out);
  }
}
