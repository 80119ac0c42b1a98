package io.threadkeeper.deploy.config;

import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_API_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_GATEWAY_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_MESSAGE_CONTENT;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_API_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_APP_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_BOT_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_HTTP_PORT;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_MODE;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_SIGNING_SECRET;

import io.threadkeeper.deploy.ConfigurationKeys;
import io.threadkeeper.discord.DiscordSettings;
import io.threadkeeper.slack.SlackSettings;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Which platforms to connect, from the settings: Slack when a bot token is given, Discord when a
 * token is given, at least one of them. The adapters' own settings validate the values; their
 * messages name the environment variable, and are attributed here to the setting.
 *
 * <p>Stateless.
 */
final class PlatformSection {
  private PlatformSection() {}

  static Optional<SlackSettings> slack(SettingValues values) {
    Optional<String> bot = values.text(SLACK_BOT_TOKEN);
    String mode = values.oneOf(SLACK_MODE, List.of("socket", "http"));
    int port = values.port(SLACK_HTTP_PORT);
    if (bot.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> app = Optional.empty();
    Optional<String> signing = Optional.empty();
    if (mode.equals("socket")) {
      app = values.required(SLACK_APP_TOKEN, "for Slack in Socket Mode (slack.mode: socket)");
    } else {
      signing = values.required(SLACK_SIGNING_SECRET, "for Slack in HTTP mode (slack.mode: http)");
    }
    if (app.isEmpty() && signing.isEmpty()) {
      return Optional.empty();
    }
    try {
      SlackSettings settings =
          mode.equals("socket")
              ? SlackSettings.socketMode(bot.get(), app.get())
              : SlackSettings.http(bot.get(), signing.get(), port);
      return Optional.of(settings.withApiUrl(values.text(SLACK_API_URL).orElse(null)));
    } catch (IllegalArgumentException e) {
      attribute(values, e.getMessage());
      return Optional.empty();
    }
  }

  static Optional<DiscordSettings> discord(SettingValues values) {
    boolean content = values.bool(DISCORD_MESSAGE_CONTENT);
    Optional<String> token = values.text(DISCORD_TOKEN);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      DiscordSettings settings = DiscordSettings.of(token.get());
      Optional<String> api = values.text(DISCORD_API_URL);
      if (api.isPresent()) {
        settings = settings.withApiUrl(URI.create(api.get()));
      }
      Optional<String> gateway = values.text(DISCORD_GATEWAY_URL);
      if (gateway.isPresent()) {
        settings = settings.withGatewayUrl(URI.create(gateway.get()));
      }
      return Optional.of(settings.withMessageContent(content));
    } catch (IllegalArgumentException e) {
      attribute(values, e.getMessage());
      return Optional.empty();
    }
  }

  /** An adapter's message starts with the environment name; it is shown with the YAML path. */
  private static void attribute(SettingValues values, String message) {
    Optional<Setting> about =
        ConfigurationKeys.SETTINGS.stream()
            .filter(s -> message.startsWith(s.env() + " "))
            .findFirst();
    if (about.isPresent()) {
      Setting setting = about.get();
      values.problem(
          setting, message.substring(setting.env().length() + 1) + "; expected " + setting.form());
    } else {
      values.problem(message);
    }
  }

  static void requireOne(
      SettingValues values, Optional<SlackSettings> slack, Optional<DiscordSettings> discord) {
    if (slack.isEmpty()
        && discord.isEmpty()
        && values.text(SLACK_BOT_TOKEN).isEmpty()
        && values.text(DISCORD_TOKEN).isEmpty()) {
      values.problem(
          "no chat platform is configured: set "
              + SLACK_BOT_TOKEN.names()
              + " and "
              + SLACK_APP_TOKEN.names()
              + " (Slack, Socket Mode), "
              + SLACK_BOT_TOKEN.names()
              + " and "
              + SLACK_SIGNING_SECRET.names()
              + " with "
              + SLACK_MODE.path()
              + ": http (Slack, HTTP), or "
              + DISCORD_TOKEN.names()
              + " (Discord)");
    }
  }
}
