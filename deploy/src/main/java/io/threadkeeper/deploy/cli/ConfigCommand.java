package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.config.Configuration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code threadkeeper config}: the effective configuration, validated, with secrets masked. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description =
        "Validates the configuration as 'run' would and prints every setting's effective value"
            + " (secrets masked) and where it came from: command line, environment, file named"
            + " in the environment (NAME_FILE), configuration file or default.")
public final class ConfigCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Configuration config = Configuration.read(database.sources());
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "Configuration file: "
            + database.sources().path().map(Object::toString).orElse("none (environment only)"));
    config.describe().forEach(out::println);
    out.flush();
    return 0;
  }
}
