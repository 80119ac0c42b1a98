package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.OfflineRuns;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper demo}: the bundled sample community through the real pipeline. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Imports the bundled sample community (three weeks of a volunteer "
            + "association's Slack) through the real pipeline into a scratch database "
            + "(threadkeeper_demo), prints its thread health and writes an HTML "
            + "report. Needs no accounts and no tokens.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "threadkeeper-demo-report.html",
      description = "Where to write the HTML report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    return OfflineRuns.demo(database, out, System.out);
  }
}
