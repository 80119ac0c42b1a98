package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
  private static final String TOKEN = "MTIz.secret-part.xyz";

  @Test
  void defaultsTalkToDiscordAndAskForTheGateway() {
    DiscordSettings settings = DiscordSettings.of(TOKEN);

    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
    assertThat(settings.gateway()).isEmpty();
    assertThat(settings.nudgeDelivery()).isEqualTo(DiscordSettings.NudgeDelivery.DM);
  }

  @Test
  void toStringNeverShowsTheToken() {
    assertThat(DiscordSettings.of(TOKEN).toString())
        .doesNotContain("secret")
        .contains("token=****");
  }

  @Test
  void problemsNameTheVariableToFix() {
    assertThatThrownBy(() -> DiscordSettings.of(" ")).hasMessageContaining("DISCORD_TOKEN");
    assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withApiUrl(URI.create("ftp://x/")))
        .hasMessageContaining("DISCORD_API_URL");
    assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withApiUrl(URI.create("https://x/api")))
        .hasMessageContaining("DISCORD_API_URL must end with /");
    assertThatThrownBy(
            () -> DiscordSettings.of(TOKEN).withGatewayUrl(URI.create("https://gateway/")))
        .hasMessageContaining("DISCORD_GATEWAY_URL");
  }

  @Test
  void shardsMustFitTheTotal() {
    assertThat(DiscordSettings.of(TOKEN).withShards(List.of(1), 2).shardIds()).containsExactly(1);
    assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withShards(List.of(2), 2))
        .hasMessageContaining("outside 0..1");
    assertThatThrownBy(() -> DiscordSettings.of(TOKEN).withShards(List.of(0), -1))
        .hasMessageContaining("shard total");
  }

  @Test
  void messageContentIntentOnlyWhenAskedFor() {
    assertThat(DiscordConnection.intents(DiscordSettings.of(TOKEN)).toString())
        .doesNotContain("MESSAGE_CONTENT");
    assertThat(
            DiscordConnection.intents(DiscordSettings.of(TOKEN).withMessageContent(true))
                .toString())
        .contains("MESSAGE_CONTENT");
  }
}
