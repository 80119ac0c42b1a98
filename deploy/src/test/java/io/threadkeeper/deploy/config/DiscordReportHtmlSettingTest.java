package io.threadkeeper.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** discord.report-html: off unless true, from the file or the environment; else named. */
class DiscordReportHtmlSettingTest {
  private static Map<String, String> env(String reportHtml) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", "fake-token");
    if (reportHtml != null) {
      env.put("THREADKEEPER_DISCORD_REPORT_HTML", reportHtml);
    }
    return env;
  }

  private static Configuration read(Map<String, String> env) {
    return Configuration.read(new ConfigSources(Optional.empty(), env, Map.of()));
  }

  @Test
  void theHtmlAttachmentIsOffByDefaultAndOnWhenSetToTrue() {
    assertThat(read(env(null)).discord().orElseThrow().reportHtml()).isFalse();
    assertThat(read(env("true")).discord().orElseThrow().reportHtml()).isTrue();
  }

  @Test
  void aValueOtherThanTrueOrFalseIsAProblemNamingTheSetting() {
    Throwable thrown = catchThrowable(() -> read(env("yes")));

    assertThat(thrown).isInstanceOf(ConfigurationException.class);
    assertThat(((ConfigurationException) thrown).problems())
        .singleElement()
        .asString()
        .startsWith("discord.report-html (THREADKEEPER_DISCORD_REPORT_HTML) 'yes'");
  }
}
