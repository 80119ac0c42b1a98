package io.threadkeeper.deploy.config;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config FILE} option of the commands that read the configuration. */
public final class ConfigFileOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration file. Default: $THREADKEEPER_CONFIG, else ./threadkeeper.yaml if"
              + " present. Environment variables override it.")
  Path file;

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }
}
