package io.threadkeeper.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.threadkeeper.slack.SlackMode;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Multi-workspace Slack in the configuration: what it needs, and errors that name the setting. */
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

  private static Configuration read(Map<String, String> env) {
    return Configuration.read(new ConfigSources(Optional.empty(), env, Map.of()));
  }

  private static List<String> problems(Map<String, String> env) {
    return catchThrowableOfType(ConfigurationException.class, () -> read(env)).problems();
  }

  @Test
  void clientCredentialsAndAKeyInHttpModeNeedNoBotToken() {
    Configuration config = read(oauthEnv());

    assertThat(config.slack().orElseThrow().mode()).isEqualTo(SlackMode.HTTP);
    assertThat(config.slack().orElseThrow().botToken()).isNull();
    SlackInstallSettings installs = config.slackInstalls().orElseThrow();
    assertThat(installs.clientId()).isEqualTo("1111.2222");
    assertThat(installs.toString()).doesNotContain("client-s3cret");
    assertThat(String.join("\n", config.describe())).doesNotContain("client-s3cret", KEY);
  }

  @Test
  void aMissingTokenKeyIsAnErrorNamingTheSetting() {
    Map<String, String> env = oauthEnv();
    env.remove("THREADKEEPER_TOKEN_KEY");

    assertThat(problems(env))
        .singleElement()
        .asString()
        .startsWith("token-key (THREADKEEPER_TOKEN_KEY)")
        .contains("missing");
  }

  @Test
  void aKeyOfTheWrongLengthIsAnErrorThatDoesNotShowIt() {
    Map<String, String> env = oauthEnv();
    String shortKey = Base64.getEncoder().encodeToString(new byte[12]);
    env.put("THREADKEEPER_TOKEN_KEY", shortKey);

    assertThat(problems(env))
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

    assertThat(problems(socket))
        .singleElement()
        .asString()
        .startsWith("slack.mode (THREADKEEPER_SLACK_MODE) must be http");
    assertThat(problems(both)).singleElement().asString().contains("not both");
    assertThat(problems(noSecret))
        .singleElement()
        .asString()
        .startsWith("slack.client-secret (SLACK_CLIENT_SECRET) is required");
  }

  @Test
  void withoutClientCredentialsTheSingleTokenPathIsUnchanged() {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-1-2-three");
    env.put("SLACK_APP_TOKEN", "xapp-1-2-three");

    Configuration config = read(env);

    assertThat(config.slackInstalls()).isEmpty();
    assertThat(config.slack().orElseThrow().botToken()).isEqualTo("xoxb-1-2-three");
  }
}
