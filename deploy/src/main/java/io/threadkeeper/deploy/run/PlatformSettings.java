package io.threadkeeper.deploy.run;

import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.discord.DiscordSettings;
import io.threadkeeper.slack.SlackSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which platforms to connect, read from the environment. Every secret may instead be given as a
 * file path in {@code NAME_FILE} (Docker and Kubernetes secrets). All problems are collected, so
 * that an operator sees every one of them at once.
 */
public record PlatformSettings(
    Optional<SlackSettings> slack,
    Optional<SlackInstallSettings> slackInstalls,
    Optional<DiscordSettings> discord,
    EphemeralFallback ephemeralFallback,
    List<String> problems) {

  public PlatformSettings {
    problems = List.copyOf(problems);
  }

  public static PlatformSettings from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    boolean installs = SlackInstallSettings.requested(env);
    Optional<SlackInstallSettings> slackInstalls =
        installs ? SlackInstallSettings.from(env, problems) : Optional.empty();
    Optional<SlackSettings> slack = slack(env, installs, problems);
    Optional<DiscordSettings> discord = discord(env, problems);
    if (problems.isEmpty() && slack.isEmpty() && discord.isEmpty()) {
      problems.add(
          "no chat platform is configured: set SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Slack,"
              + " Socket Mode), SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET with"
              + " THREADKEEPER_SLACK_MODE=http (Slack, HTTP), SLACK_CLIENT_ID, SLACK_CLIENT_SECRET"
              + " and THREADKEEPER_TOKEN_KEY in HTTP mode (Slack, many workspaces), or"
              + " DISCORD_TOKEN (Discord)");
    }
    EphemeralFallback fallback = ephemeralFallback(env, problems);
    return new PlatformSettings(slack, slackInstalls, discord, fallback, problems);
  }

  private static EphemeralFallback ephemeralFallback(
      Map<String, String> env, List<String> problems) {
    try {
      return EphemeralFallback.parse(env.get("THREADKEEPER_SLACK_EPHEMERAL_FALLBACK"));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return EphemeralFallback.DIRECT_MESSAGE;
    }
  }

  /**
   * @param installs whether the workspaces install the app themselves, without a bot token
   */
  private static Optional<SlackSettings> slack(
      Map<String, String> env, boolean installs, List<String> problems) {
    Optional<String> bot = installs ? Optional.empty() : secret(env, "SLACK_BOT_TOKEN", problems);
    String mode = env.getOrDefault("THREADKEEPER_SLACK_MODE", "socket").toLowerCase(Locale.ROOT);
    // Without a token there is nothing to connect, unless workspaces install over HTTP.
    if (bot.isEmpty() && !(installs && mode.equals("http"))) {
      return Optional.empty();
    }
    try {
      SlackSettings settings =
          switch (mode) {
            case "socket" ->
                SlackSettings.socketMode(
                    bot.get(), secret(env, "SLACK_APP_TOKEN", problems).orElse(null));
            case "http" ->
                SlackSettings.http(
                    bot.orElse(null),
                    secret(env, "SLACK_SIGNING_SECRET", problems).orElse(null),
                    port(env, problems));
            default ->
                throw new IllegalArgumentException(
                    "THREADKEEPER_SLACK_MODE must be socket or http, not '" + mode + "'");
          };
      String api = env.get("SLACK_API_URL");
      if (api != null && !api.isBlank()) {
        settings = settings.withApiUrl(api);
      }
      return Optional.of(
          settings.withModeratorGroup(env.get("THREADKEEPER_SLACK_MODERATOR_GROUP")));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  private static int port(Map<String, String> env, List<String> problems) {
    String port = env.get("THREADKEEPER_SLACK_HTTP_PORT");
    if (port == null || port.isBlank()) {
      return SlackSettings.DEFAULT_HTTP_PORT;
    }
    try {
      return Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      problems.add("THREADKEEPER_SLACK_HTTP_PORT must be a port number such as 3000");
      return SlackSettings.DEFAULT_HTTP_PORT;
    }
  }

  private static Optional<DiscordSettings> discord(Map<String, String> env, List<String> problems) {
    Optional<String> token = secret(env, "DISCORD_TOKEN", problems);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      DiscordSettings settings = DiscordSettings.of(token.get());
      String api = env.get("DISCORD_API_URL");
      if (api != null && !api.isBlank()) {
        settings = settings.withApiUrl(URI.create(api.trim()));
      }
      String gateway = env.get("DISCORD_GATEWAY_URL");
      if (gateway != null && !gateway.isBlank()) {
        settings = settings.withGatewayUrl(URI.create(gateway.trim()));
      }
      String content = env.getOrDefault("THREADKEEPER_DISCORD_MESSAGE_CONTENT", "true");
      return Optional.of(settings.withMessageContent(Boolean.parseBoolean(content.trim())));
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  /** A secret from {@code NAME}, or from the file named by {@code NAME_FILE}. */
  static Optional<String> secret(Map<String, String> env, String name, List<String> problems) {
    String direct = env.get(name);
    if (direct != null && !direct.isBlank()) {
      return Optional.of(direct.trim());
    }
    String file = env.get(name + "_FILE");
    if (file == null || file.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(Path.of(file.trim())).trim());
    } catch (IOException e) {
      problems.add(name + "_FILE names a file that cannot be read: " + file.trim());
      return Optional.empty();
    }
  }
}
