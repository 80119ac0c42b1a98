package io.threadkeeper.deploy.config;

import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_API_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_GATEWAY_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_MESSAGE_CONTENT;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_REPORT_HTML;
import static io.threadkeeper.deploy.ConfigurationKeys.DISCORD_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_API_URL;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_APP_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_BOT_TOKEN;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_CLIENT_ID;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_CLIENT_SECRET;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_EPHEMERAL_FALLBACK;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_HTTP_PORT;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_MODE;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_MODERATOR_GROUP;
import static io.threadkeeper.deploy.ConfigurationKeys.SLACK_SIGNING_SECRET;
import static io.threadkeeper.deploy.ConfigurationKeys.TOKEN_KEY;

import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.store.TokenCipher;
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

  /** Whether many workspaces install the app themselves (OAuth) instead of one bot token. */
  static boolean installsRequested(SettingValues values) {
    return values.text(SLACK_CLIENT_ID).isPresent() || values.text(SLACK_CLIENT_SECRET).isPresent();
  }

  /** The OAuth client and the key that seals installed tokens, when installs are requested. */
  static Optional<SlackInstallSettings> slackInstalls(SettingValues values) {
    if (!installsRequested(values)) {
      return Optional.empty();
    }
    int before = values.problems().size();
    Optional<String> id = values.required(SLACK_CLIENT_ID, "with " + SLACK_CLIENT_SECRET.names());
    Optional<String> secret =
        values.required(SLACK_CLIENT_SECRET, "with " + SLACK_CLIENT_ID.names());
    if (!values.text(SLACK_MODE).orElse("socket").equalsIgnoreCase("http")) {
      values.problem(
          SLACK_MODE,
          "must be http for multi-workspace installs ("
              + SLACK_CLIENT_ID.path()
              + "): Slack's"
              + " OAuth redirect comes to the bot's public URL");
    }
    if (values.text(SLACK_BOT_TOKEN).isPresent()) {
      values.problem(
          "set "
              + SLACK_BOT_TOKEN.names()
              + " for one workspace, or "
              + SLACK_CLIENT_ID.names()
              + " and "
              + SLACK_CLIENT_SECRET.names()
              + " for many, not both");
    }
    Optional<TokenCipher> cipher = cipher(values);
    if (values.problems().size() > before || id.isEmpty() || secret.isEmpty() || cipher.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlackInstallSettings(id.get(), secret.get(), cipher.get()));
  }

  private static Optional<TokenCipher> cipher(SettingValues values) {
    try {
      return Optional.of(TokenCipher.fromBase64(values.text(TOKEN_KEY).orElse(null)));
    } catch (IllegalArgumentException e) {
      values.problem(
          TOKEN_KEY,
          e.getMessage()
              + "; it encrypts the installed workspaces' tokens; expected "
              + TOKEN_KEY.form());
      return Optional.empty();
    }
  }

  static Optional<SlackSettings> slack(SettingValues values) {
    boolean installs = installsRequested(values);
    Optional<String> bot = installs ? Optional.empty() : values.text(SLACK_BOT_TOKEN);
    String mode = values.oneOf(SLACK_MODE, List.of("socket", "http"));
    int port = values.port(SLACK_HTTP_PORT);
    // Without a token there is nothing to connect, unless workspaces install over HTTP.
    if (bot.isEmpty() && !(installs && mode.equals("http"))) {
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
              : SlackSettings.http(bot.orElse(null), signing.get(), port);
      return Optional.of(
          settings
              .withApiUrl(values.text(SLACK_API_URL).orElse(null))
              .withModeratorGroup(values.text(SLACK_MODERATOR_GROUP).orElse(null)));
    } catch (IllegalArgumentException e) {
      attribute(values, e.getMessage());
      return Optional.empty();
    }
  }

  /** What the outbox does with an ephemeral that Slack cannot show to its member. */
  static EphemeralFallback ephemeralFallback(SettingValues values) {
    return EphemeralFallback.parse(
        values.oneOf(
            SLACK_EPHEMERAL_FALLBACK,
            List.of(EphemeralFallback.DIRECT_MESSAGE.word(), EphemeralFallback.SKIP.word())));
  }

  static Optional<DiscordSettings> discord(SettingValues values) {
    boolean content = values.bool(DISCORD_MESSAGE_CONTENT);
    boolean reportHtml = values.bool(DISCORD_REPORT_HTML);
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
      return Optional.of(settings.withMessageContent(content).withReportHtml(reportHtml));
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
        && !installsRequested(values)
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
              + ": http (Slack, HTTP), "
              + SLACK_CLIENT_ID.names()
              + ", "
              + SLACK_CLIENT_SECRET.names()
              + " and "
              + TOKEN_KEY.names()
              + " in HTTP mode (Slack, many workspaces), or "
              + DISCORD_TOKEN.names()
              + " (Discord)");
    }
  }
}
