package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  private static final String BOT = "xoxb-1111-2222-secretbotpart";
  private static final String APP = "xapp-1-A0-3333-secretapppart";

  @Test
  void socketModeNeedsAnAppToken() {
    assertThatThrownBy(() -> SlackSettings.socketMode(BOT, null))
        .hasMessageContaining("SLACK_APP_TOKEN is required");
    assertThatThrownBy(() -> SlackSettings.socketMode(BOT, "xoxb-wrong-kind"))
        .hasMessageContaining("SLACK_APP_TOKEN must be")
        .hasMessageNotContaining("wrong-kind");
  }

  @Test
  void theBotTokenMustBeABotToken() {
    assertThatThrownBy(() -> SlackSettings.socketMode(" ", APP))
        .hasMessageContaining("SLACK_BOT_TOKEN is required");
    assertThatThrownBy(() -> SlackSettings.socketMode("xoxp-user-token", APP))
        .hasMessageContaining("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
  }

  @Test
  void httpModeMayGoWithoutABotTokenForInstallsButAWrongOneIsStillRefused() {
    SlackSettings installs = SlackSettings.http(null, "signing-s3cret", 0);

    assertThat(installs.botToken()).isNull();
    assertThatThrownBy(() -> SlackSettings.http("xoxp-user-token", "signing-s3cret", 0))
        .hasMessageContaining("must be a bot token");
    assertThatThrownBy(
            () ->
                SlackConnection.create(
                    installs,
                    event -> true,
                    new FakeDesk(),
                    (workspace, member) -> {
                      throw new AssertionError("no overview is asked for before start");
                    },
                    Clock.systemUTC()))
        .hasMessageContaining("SLACK_BOT_TOKEN is required, or SLACK_CLIENT_ID");
  }

  @Test
  void httpModeWithoutASigningSecretRefusesToStart() {
    assertThatThrownBy(() -> SlackSettings.http(BOT, "", 3000))
        .hasMessageContaining("SLACK_SIGNING_SECRET is required in HTTP mode");
  }

  @Test
  void theApiUrlDefaultsToSlackAndMustEndInASlash() {
    assertThat(SlackSettings.socketMode(BOT, APP).apiUrl()).isEqualTo("https://slack.com/api/");
    assertThat(SlackSettings.socketMode(BOT, APP).withApiUrl(null).apiUrl())
        .isEqualTo(SlackSettings.DEFAULT_API_URL);
    assertThatThrownBy(() -> SlackSettings.socketMode(BOT, APP).withApiUrl("http://127.0.0.1/api"))
        .hasMessageContaining("SLACK_API_URL must be an http(s) URL ending in /");
    assertThatThrownBy(() -> SlackSettings.socketMode(BOT, APP).withApiUrl("ftp://x/"))
        .hasMessageContaining("SLACK_API_URL");
  }

  @Test
  void thePortMustBeAPort() {
    assertThatThrownBy(() -> SlackSettings.http(BOT, "s3cret", 70_000))
        .hasMessageContaining("SLACK_HTTP_PORT");
  }

  @Test
  void theModeratorGroupIsAUserGroupIdOrNothing() {
    assertThat(SlackSettings.socketMode(BOT, APP).moderatorGroup()).isNull();
    assertThat(SlackSettings.socketMode(BOT, APP).withModeratorGroup(" ").moderatorGroup())
        .isNull();
    assertThat(
            SlackSettings.socketMode(BOT, APP).withModeratorGroup(" S0614TZR7 ").moderatorGroup())
        .isEqualTo("S0614TZR7");
    assertThatThrownBy(() -> SlackSettings.socketMode(BOT, APP).withModeratorGroup("@moderators"))
        .hasMessageContaining("THREADKEEPER_SLACK_MODERATOR_GROUP must be a user group id")
        .hasMessageContaining("'@moderators'");
  }

  @Test
  void toStringNeverShowsASecret() {
    String shown =
        new SlackSettings(BOT, APP, "signing-s3cret", null, SlackMode.HTTP, "127.0.0.1", 8080)
            .toString();

    assertThat(shown)
        .contains("xoxb-****", "xapp-****", "127.0.0.1:8080", "HTTP")
        .doesNotContain("secretbotpart", "secretapppart", "s3cret");
  }
}
