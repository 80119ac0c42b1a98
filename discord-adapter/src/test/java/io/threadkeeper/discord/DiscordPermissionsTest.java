package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiscordPermissionsTest {
  @Test
  void theInviteUrlInTheInstallGuideAsksForExactlyTheRequiredPermissions() throws Exception {
    String guide = Files.readString(Path.of("INSTALL.md"));

    assertThat(DiscordPermissions.bitfield()).isEqualTo(274877991936L);
    assertThat(guide).contains("permissions=" + DiscordPermissions.bitfield());
    assertThat(guide).contains(DiscordPermissions.inviteUrl("YOUR_APPLICATION_ID"));
  }
}
