package io.threadkeeper.deploy;

import io.threadkeeper.deploy.cli.AuditCommand;
import io.threadkeeper.deploy.cli.BenchCommand;
import io.threadkeeper.deploy.cli.ClassifyCommand;
import io.threadkeeper.deploy.cli.ConfigCommand;
import io.threadkeeper.deploy.cli.DeadlineCommand;
import io.threadkeeper.deploy.cli.DemoCommand;
import io.threadkeeper.deploy.cli.ExportCommand;
import io.threadkeeper.deploy.cli.ForgetCommand;
import io.threadkeeper.deploy.cli.HolidaysCommand;
import io.threadkeeper.deploy.cli.MigrateCommand;
import io.threadkeeper.deploy.cli.ReportCommand;
import io.threadkeeper.deploy.cli.RunCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code threadkeeper} command line: the one entry point of the runnable bot. */
@Command(
    name = "threadkeeper",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Threadkeeper: every thread gets an owner, a reply window and a summary.",
    subcommands = {
      DemoCommand.class,
      AuditCommand.class,
      ReportCommand.class,
      MigrateCommand.class,
      ForgetCommand.class,
      ExportCommand.class,
      HolidaysCommand.class,
      RunCommand.class,
      ConfigCommand.class,
      ClassifyCommand.class,
      DeadlineCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ThreadkeeperCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for the launcher and for tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new ThreadkeeperCli())
        .setExecutionExceptionHandler(new OperatorErrors())
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
