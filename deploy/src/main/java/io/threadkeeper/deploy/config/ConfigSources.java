package io.threadkeeper.deploy.config;

import io.threadkeeper.deploy.ConfigurationKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the configuration comes from: the file ({@code --config}, else {@code THREADKEEPER_CONFIG},
 * else {@code ./threadkeeper.yaml} when it exists), the environment, and options given on the
 * command line.
 */
public record ConfigSources(
    Optional<Path> explicitFile, Map<String, String> env, Map<Setting, String> options) {

  public ConfigSources {
    env = Map.copyOf(env);
    options = Map.copyOf(options);
  }

  /** The process's environment and the default file. */
  public static ConfigSources of(Optional<Path> file, Map<Setting, String> options) {
    return new ConfigSources(file, System.getenv(), options);
  }

  /** The file to read, if any: named explicitly, or the default one when present. */
  public Optional<Path> path() {
    return explicitFile
        .or(
            () ->
                Optional.ofNullable(env.get(ConfigurationKeys.CONFIG_FILE))
                    .filter(p -> !p.isBlank())
                    .map(p -> Path.of(p.trim())))
        .or(() -> Optional.of(Path.of(ConfigFile.DEFAULT_NAME)).filter(Files::isRegularFile));
  }

  ConfigFile file() {
    List<String> paths = ConfigurationKeys.SETTINGS.stream().map(Setting::path).toList();
    return path().map(p -> ConfigFile.read(p, paths)).orElse(ConfigFile.none());
  }

  SettingValues values(ConfigFile file) {
    return new SettingValues(ConfigurationKeys.SETTINGS, file, env, options);
  }
}
