package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigurationKeys#ALL} is what the code reads: the settings of the configuration (read
 * through their {@link io.threadkeeper.deploy.config.Setting}), the configuration file's own
 * variable, and every environment name read by a literal in deploy's sources, the test harness, the
 * launcher script and the logging configuration.
 */
class ConfigurationKeysTest {
  private static final List<Pattern> READS =
      List.of(
          Pattern.compile("getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)"),
          Pattern.compile("env\\.(?:get|getOrDefault)\\(\"([A-Z][A-Z0-9_]*)\""),
          Pattern.compile("secret\\(env, \"([A-Z][A-Z0-9_]*)\""));
  // Shell and Logback substitution; in Java sources ${…} is picocli's, not the environment.
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

  @Test
  void everySettingTheCodeReadsIsListedAndNothingElse() throws IOException {
    Set<String> read = new TreeSet<>();
    ConfigurationKeys.SETTINGS.forEach(setting -> read.add(setting.env()));
    read.add(ConfigurationKeys.CONFIG_FILE);
    for (Path file : sources()) {
      String text = Files.readString(file);
      List<Pattern> patterns = new ArrayList<>(READS);
      if (!file.toString().endsWith(".java")) {
        patterns.add(SUBSTITUTION);
      }
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          read.add(m.group(1));
        }
      }
    }

    assertThat(read).containsExactlyInAnyOrderElementsOf(ConfigurationKeys.ALL);
  }

  @Test
  void secretsAreSettingsAndTheirFileFormsAreKnown() {
    assertThat(ConfigurationKeys.ALL).containsAll(ConfigurationKeys.SECRETS);
    assertThat(ConfigurationKeys.isKnown("SLACK_BOT_TOKEN_FILE")).isTrue();
    assertThat(ConfigurationKeys.isKnown("SLACK_API_URL_FILE")).isFalse();
    assertThat(ConfigurationKeys.isKnown("SLACK_TOKEN")).isFalse();
    assertThat(ConfigurationKeys.SECRETS)
        .containsExactly(
            "DATABASE_URL",
            "SLACK_BOT_TOKEN",
            "SLACK_APP_TOKEN",
            "SLACK_SIGNING_SECRET",
            "SLACK_CLIENT_SECRET",
            "THREADKEEPER_TOKEN_KEY",
            "DISCORD_TOKEN");
  }

  private static List<Path> sources() throws IOException {
    List<Path> files =
        new ArrayList<>(
            List.of(
                Path.of("threadkeeper"),
                Path.of("src", "main", "resources", "logback.xml"),
                Path.of(
                    "..",
                    "bot-core",
                    "src",
                    "test",
                    "java",
                    "io",
                    "threadkeeper",
                    "core",
                    "store",
                    "testing",
                    "PostgresExtension.java")));
    try (Stream<Path> java = Files.walk(Path.of("src", "main", "java"))) {
      java.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
    }
    return files;
  }
}
