package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table documents exactly the settings the code reads. */
class ReadmeConfigurationTest {
  // The first cell of a table row: `NAME`, optionally followed by ` / --option`.
  private static final Pattern SETTING = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)`");

  @Test
  void theConfigurationTableListsEverySettingOnceInOrder() throws IOException {
    assertThat(settingsInTable()).containsExactlyElementsOf(ConfigurationKeys.ALL);
  }

  @Test
  void eachSettingOfTheConfigurationShowsItsYamlPath() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (io.threadkeeper.deploy.config.Setting setting : ConfigurationKeys.SETTINGS) {
      assertThat(readme)
          .as(setting.env())
          .containsPattern(
              "(?m)^\\| `"
                  + setting.env()
                  + "`[^|]*\\| `"
                  + Pattern.quote(setting.path())
                  + "` \\|");
    }
  }

  private static List<String> settingsInTable() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("\n## Configuration\n"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    return section
        .lines()
        .map(SETTING::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .toList();
  }
}
