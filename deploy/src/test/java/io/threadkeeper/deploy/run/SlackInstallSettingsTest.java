package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.slack.SlackMode;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Multi-workspace Slack from the environment: what it needs, and errors that name the setting. */
class SlackInstallSettingsTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static Map<String, String> oauthEnv() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_CLIENT_ID", "1111.2222");
    env.put("SLACK_CLIENT_SECRET", "client-s3cret");
    env.put("THREADKEEPER_TOKEN_KEY", KEY);
    env.put("SLACK_SIGNING_SECRET", "signing-s3cret");
    env.put("THREADKEEPER_SLACK_MODE", "http");
    return env;
  }

  @Test
  void clientCredentialsAndAKeyInHttpModeNeedNoBotToken() {
    PlatformSettings settings = PlatformSettings.from(oauthEnv());

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.slack().orElseThrow().mode()).isEqualTo(SlackMode.HTTP);
    assertThat(settings.slack().orElseThrow().botToken()).isNull();
    SlackInstallSettings installs = settings.slackInstalls().orElseThrow();
    assertThat(installs.clientId()).isEqualTo("1111.2222");
    assertThat(installs.toString()).doesNotContain("client-s3cret");
  }

  @Test
  void aMissingTokenKeyIsAnErrorNamingTheSetting() {
    Map<String, String> env = oauthEnv();
    env.remove("THREADKEEPER_TOKEN_KEY");

    assertThat(PlatformSettings.from(env).problems())
        .singleElement()
        .asString()
        .startsWith("THREADKEEPER_TOKEN_KEY:")
        .contains("missing");
  }

  @Test
  void aKeyOfTheWrongLengthIsAnErrorThatDoesNotShowIt() {
    Map<String, String> env = oauthEnv();
    String shortKey = Base64.getEncoder().encodeToString(new byte[12]);
    env.put("THREADKEEPER_TOKEN_KEY", shortKey);

    assertThat(PlatformSettings.from(env).problems())
        .singleElement()
        .asString()
        .contains("THREADKEEPER_TOKEN_KEY", "32 bytes")
        .doesNotContain(shortKey);
  }

  @Test
  void socketModeABotTokenAsWellOrAMissingSecretAreEachNamed() {
    Map<String, String> socket = oauthEnv();
    socket.put("THREADKEEPER_SLACK_MODE", "socket");
    Map<String, String> both = oauthEnv();
    both.put("SLACK_BOT_TOKEN", "xoxb-1-2-three");
    Map<String, String> noSecret = oauthEnv();
    noSecret.remove("SLACK_CLIENT_SECRET");

    assertThat(PlatformSettings.from(socket).problems())
        .singleElement()
        .asString()
        .contains("THREADKEEPER_SLACK_MODE=http");
    assertThat(PlatformSettings.from(both).problems())
        .singleElement()
        .asString()
        .contains("not both");
    assertThat(PlatformSettings.from(noSecret).problems())
        .singleElement()
        .asString()
        .startsWith("SLACK_CLIENT_SECRET is required");
  }

  @Test
  void withoutClientCredentialsTheSingleTokenPathIsUnchanged() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-1-2-three");
    env.put("SLACK_APP_TOKEN", "xapp-1-2-three");

    PlatformSettings settings = PlatformSettings.from(env);

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.slackInstalls()).isEmpty();
    assertThat(settings.slack().orElseThrow().botToken()).isEqualTo("xoxb-1-2-three");
  }
}
