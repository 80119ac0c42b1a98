package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.OfflineRuns;
import io.threadkeeper.deploy.UrgentChannels;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadkeeper audit EXPORT}: a community's async health from its own export. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Reads a Slack workspace export (.zip or unpacked folder) into a "
            + "scratch database (threadkeeper_audit), prints per-channel thread "
            + "counts, replies, ghost threads and reply times, and writes an HTML "
            + "report. Message text is read in memory and never stored.")
public final class AuditCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Parameters(paramLabel = "EXPORT", description = "The export: a .zip file or a folder.")
  Path export;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "threadkeeper-audit-report.html",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description = "The workspace's time zone, e.g. Europe/Berlin (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Option(
      names = "--urgent",
      paramLabel = "CHANNEL",
      description =
          "A channel (by name, without #) meant for urgent work; repeat for several. Default: a"
              + " guess from the names (urgent, incident, oncall, alerts, emergency, outage).")
  Set<String> urgent = new LinkedHashSet<>();

  @Override
  public Integer call() throws Exception {
    return OfflineRuns.audit(
        database,
        "threadkeeper_audit",
        export,
        out,
        zone,
        UrgentChannels.named(urgent),
        System.out);
  }
}
