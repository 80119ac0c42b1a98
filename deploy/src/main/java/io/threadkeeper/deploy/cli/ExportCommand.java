package io.threadkeeper.deploy.cli;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.WorkspaceExport;
import io.threadkeeper.deploy.DatabaseTarget;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper export}: a workspace's data as one JSON file, for portability. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes everything the bot keeps about a workspace (channels, members, threads, message"
            + " metadata, deadlines, outbox, audit log, tallies, holidays) as one JSON document."
            + " No message text: the bot stores none.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(
      names = "--workspace",
      required = true,
      paramLabel = "KEY",
      description = "The workspace, e.g. slack:T0123 or discord:8123456789.")
  String workspace;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file.")
  Path out;

  @Override
  public Integer call() throws Exception {
    return run(database, WorkspaceRef.parse(workspace), out, Clock.systemUTC(), System.out);
  }

  static int run(
      DatabaseTarget database, WorkspaceRef workspace, Path out, Clock clock, PrintStream log)
      throws Exception {
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (DatabaseTarget.Opened opened = database.openMain(System.err)) {
      Map<String, Long> counts;
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(partial))) {
        counts =
            WorkspaceExport.write(opened.database().jdbi(), workspace, clock.instant(), file)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no workspace "
                                + workspace.key()
                                + " in this database;"
                                + " check --workspace"));
      }
      // Only a complete export takes the name.
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      log.println("Exported " + workspace.key() + " to " + out + ":");
      counts.forEach((table, rows) -> log.println("  " + table + ": " + rows));
    } finally {
      Files.deleteIfExists(partial);
    }
    return 0;
  }
}
