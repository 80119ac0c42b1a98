package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** THREADKEEPER_DISCORD_REPORT_HTML: off unless set to true; anything else names the setting. */
class DiscordReportHtmlSettingTest {
  private static Map<String, String> env(String reportHtml) {
    Map<String, String> env = new HashMap<>();
    env.put("DISCORD_TOKEN", "fake-token");
    if (reportHtml != null) {
      env.put("THREADKEEPER_DISCORD_REPORT_HTML", reportHtml);
    }
    return env;
  }

  @Test
  void theHtmlAttachmentIsOffByDefaultAndOnWhenSetToTrue() {
    assertThat(PlatformSettings.from(env(null)).discord().orElseThrow().reportHtml()).isFalse();
    assertThat(PlatformSettings.from(env(" true ")).discord().orElseThrow().reportHtml()).isTrue();
  }

  @Test
  void aValueOtherThanTrueOrFalseIsAnErrorNamingTheSetting() {
    assertThat(PlatformSettings.from(env("yes")).problems())
        .singleElement()
        .asString()
        .contains("THREADKEEPER_DISCORD_REPORT_HTML", "true or false", "'yes'");
  }
}
