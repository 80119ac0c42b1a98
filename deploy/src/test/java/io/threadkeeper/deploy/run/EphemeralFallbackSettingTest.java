package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.outbox.EphemeralFallback;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code THREADKEEPER_SLACK_EPHEMERAL_FALLBACK}: a direct message unless told to skip. */
class EphemeralFallbackSettingTest {

  private static Map<String, String> env(String fallback) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-1");
    env.put("SLACK_APP_TOKEN", "xapp-1");
    if (fallback != null) {
      env.put("THREADKEEPER_SLACK_EPHEMERAL_FALLBACK", fallback);
    }
    return env;
  }

  @Test
  void unsetMeansADirectMessage() {
    PlatformSettings settings = PlatformSettings.from(env(null));

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.ephemeralFallback()).isEqualTo(EphemeralFallback.DIRECT_MESSAGE);
  }

  @Test
  void skipIsReadInAnyCase() {
    assertThat(PlatformSettings.from(env(" Skip ")).ephemeralFallback())
        .isEqualTo(EphemeralFallback.SKIP);
    assertThat(PlatformSettings.from(env("dm")).ephemeralFallback())
        .isEqualTo(EphemeralFallback.DIRECT_MESSAGE);
  }

  @Test
  void anythingElseIsAProblemNamingTheSettingAndItsValues() {
    assertThat(PlatformSettings.from(env("email")).problems())
        .singleElement()
        .asString()
        .isEqualTo("THREADKEEPER_SLACK_EPHEMERAL_FALLBACK must be dm or skip, not 'email'");
  }
}
