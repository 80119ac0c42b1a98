package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

class DiscordPermissionsTest {
  @Test
  void theInviteUrlInTheInstallGuideAsksForExactlyTheRequiredPermissions() throws Exception {
    String guide = Files.readString(Path.of("INSTALL.md"));

    assertThat(DiscordPermissions.bitfield()).isEqualTo(274877991936L);
    assertThat(guide).contains("permissions=" + DiscordPermissions.bitfield());
    assertThat(guide).contains(DiscordPermissions.inviteUrl("YOUR_APPLICATION_ID"));
  }

  @Test
  void theReadmeSectionOnAddingTheBotNamesThePermissionsAndThePrivilegedIntentTheCodeUses()
      throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("## Add to your Discord server");
    assertThat(start).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);

    assertThat(section)
        .contains("permissions=" + DiscordPermissions.bitfield())
        .contains("discord-adapter/INSTALL.md");
    assertThat(DiscordConnection.intents(DiscordSettings.of("t").withMessageContent(true)))
        .contains(GatewayIntent.MESSAGE_CONTENT);
    assertThat(section).contains("**Message Content** intent");
    assertThat(DiscordConnection.intents(DiscordSettings.of("t")))
        .allMatch(intent -> intent == GatewayIntent.MESSAGE_CONTENT || !isPrivileged(intent));
  }

  private static boolean isPrivileged(GatewayIntent intent) {
    return intent == GatewayIntent.GUILD_MEMBERS || intent == GatewayIntent.GUILD_PRESENCES;
  }
}
