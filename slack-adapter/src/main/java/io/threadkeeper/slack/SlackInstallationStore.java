package io.threadkeeper.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Installation;
import io.threadkeeper.core.port.Installations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Bolt's {@link InstallationService} over the core's {@link Installations}: translates Bolt's
 * installer and bot objects to and from the platform-neutral record. Only the bot token is kept;
 * the app asks for no user scopes, so there is no installer token to find. Bolt's own token
 * revocation handlers are not used: removal arrives as an event and the core purges.
 *
 * <p>Thread-safe (the installations are).
 */
final class SlackInstallationStore implements InstallationService {
  private final Installations installations;
  private final Clock clock;

  SlackInstallationStore(Installations installations, Clock clock) {
    this.installations = installations;
    this.clock = clock;
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
    if (isHistoricalDataEnabled) {
      throw new UnsupportedOperationException("only the latest installation is kept");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer installer) {
    // DefaultInstaller#toBot copies the bot scope into a field getBotScope() does not read.
    save(installer.toBot(), installer.getInstallerUserId(), installer.getBotScope());
  }

  @Override
  public void saveBot(Bot bot) {
    save(bot, null, bot.getBotScope());
  }

  /**
   * @throws IllegalArgumentException for an install this bot cannot serve; Bolt shows the message
   *     on its failure page, so it names no secret
   */
  private void save(Bot bot, String installerId, String botScope) {
    if (bot.getTeamId() == null || Boolean.TRUE.equals(bot.getIsEnterpriseInstall())) {
      throw new IllegalArgumentException(
          "organisation-wide installs are not supported: install into each workspace");
    }
    if (bot.getBotRefreshToken() != null) {
      throw new IllegalArgumentException(
          "token rotation is not supported: turn it off in the app's OAuth settings");
    }
    if (bot.getBotAccessToken() == null || bot.getBotUserId() == null) {
      throw new IllegalArgumentException("Slack's answer held no bot token: is the bot user on?");
    }
    installations.save(
        new Installation(
            workspace(bot.getTeamId()),
            bot.getEnterpriseId(),
            bot.getAppId(),
            bot.getBotUserId(),
            bot.getBotId(),
            Installation.scopesOf(botScope),
            installerId,
            bot.getBotAccessToken(),
            bot.getInstalledAt() == null
                ? clock.instant()
                : Instant.ofEpochMilli(bot.getInstalledAt())));
  }

  @Override
  public void deleteBot(Bot bot) {
    if (bot.getTeamId() != null) {
      installations.forget(workspace(bot.getTeamId()));
    }
  }

  @Override
  public void deleteInstaller(Installer installer) {
    // No installer token is kept; the bot's goes with deleteBot / deleteAll.
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    if (teamId != null) {
      installations.forget(workspace(teamId));
    }
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    if (teamId == null) {
      return null;
    }
    return installations.find(workspace(teamId)).map(SlackInstallationStore::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return null;
  }

  /** The bot token of a workspace, for sending. */
  Optional<String> botToken(WorkspaceRef workspace) {
    return installations.find(workspace).map(Installation::botToken);
  }

  private static Bot bot(Installation installation) {
    DefaultBot bot = new DefaultBot();
    bot.setAppId(installation.appId());
    bot.setEnterpriseId(installation.enterpriseId());
    bot.setTeamId(installation.workspace().externalId());
    bot.setBotId(installation.botId());
    bot.setBotUserId(installation.botUserId());
    bot.setBotScope(installation.scopeList());
    bot.setBotAccessToken(installation.botToken());
    bot.setIsEnterpriseInstall(false);
    bot.setTokenType("bot");
    bot.setInstalledAt(installation.installedAt().toEpochMilli());
    return bot;
  }

  private static WorkspaceRef workspace(String teamId) {
    return new WorkspaceRef(Platform.SLACK, teamId);
  }
}
