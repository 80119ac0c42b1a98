package io.threadkeeper.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Installation;
import io.threadkeeper.core.port.Installations;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Bolt's installer and bot objects translated to the core's installation and back. */
class SlackInstallationStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final WorkspaceRef TEAM = new WorkspaceRef(Platform.SLACK, "T0TWO");

  /** The port kept in a map: enough to see what the adapter hands over. */
  private static final class InMemoryInstallations implements Installations {
    final Map<WorkspaceRef, Installation> rows = new ConcurrentHashMap<>();

    @Override
    public void save(Installation installation) {
      rows.put(installation.workspace(), installation);
    }

    @Override
    public Optional<Installation> find(WorkspaceRef workspace) {
      return Optional.ofNullable(rows.get(workspace));
    }

    @Override
    public boolean forget(WorkspaceRef workspace) {
      return rows.remove(workspace) != null;
    }
  }

  private final InMemoryInstallations installations = new InMemoryInstallations();
  private final SlackInstallationStore store =
      new SlackInstallationStore(installations, Clock.fixed(NOW, ZoneOffset.UTC));

  private static DefaultInstaller.DefaultInstallerBuilder installer() {
    return DefaultInstaller.builder()
        .appId("A0TK1")
        .teamId("T0TWO")
        .teamName("Second Team")
        .installerUserId("U0ADMIN")
        .botId("B0TWO")
        .botUserId("U0BOTTWO")
        .botAccessToken("xoxb-two-0000000000")
        .botScope("chat:write,commands")
        .isEnterpriseInstall(false)
        .installedAt(NOW.minusSeconds(5).toEpochMilli());
  }

  @Test
  void anInstallerIsSavedWithItsBotTokenScopesAndInstaller() {
    store.saveInstallerAndBot(installer().build());

    Installation saved = installations.rows.get(TEAM);
    assertThat(saved.botToken()).isEqualTo("xoxb-two-0000000000");
    assertThat(saved.scopes()).containsExactlyInAnyOrder("chat:write", "commands");
    assertThat(saved.installerId()).isEqualTo("U0ADMIN");
    assertThat(saved.installedAt()).isEqualTo(NOW.minusSeconds(5));
  }

  @Test
  void theSavedBotIsWhatBoltFindsForTheTeamAndNothingForAnother() {
    store.saveInstallerAndBot(installer().build());

    Bot bot = store.findBot(null, "T0TWO");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-two-0000000000");
    assertThat(bot.getBotUserId()).isEqualTo("U0BOTTWO");
    assertThat(bot.getBotId()).isEqualTo("B0TWO");
    assertThat(store.findBot(null, "T0OTHER")).isNull();
    assertThat(store.findInstaller(null, "T0TWO", "U0ADMIN")).isNull();
  }

  @Test
  void organisationWideInstallsAndTokenRotationAreRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                store.saveInstallerAndBot(
                    installer().teamId(null).isEnterpriseInstall(true).build()))
        .hasMessageContaining("organisation-wide installs are not supported");
    assertThatThrownBy(
            () -> store.saveInstallerAndBot(installer().botRefreshToken("xoxe-1-refresh").build()))
        .hasMessageContaining("token rotation is not supported")
        .hasMessageNotContaining("xoxe");
    assertThat(installations.rows).isEmpty();
  }

  @Test
  void deletingTheBotForgetsTheWorkspace() {
    store.saveInstallerAndBot(installer().build());

    store.deleteBot(store.findBot(null, "T0TWO"));

    assertThat(installations.rows).isEmpty();
  }
}
