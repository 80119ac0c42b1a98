package io.threadkeeper.deploy;

import io.threadkeeper.deploy.config.Setting;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every setting Threadkeeper reads: the settings of the configuration (each with its YAML path and
 * environment name, in the order of the README's configuration table) and the few that only the
 * environment gives (the launcher, logging, tests). Adding a setting is one constant here, listed
 * in {@link #SETTINGS}; the README table, the deployment files and {@code threadkeeper config} are
 * checked against or derived from these lists.
 */
public final class ConfigurationKeys {
  public static final String DATABASE_URL = "DATABASE_URL";

  public static final Setting DATABASE =
      Setting.fixed(
              "database.url",
              DATABASE_URL,
              "postgres://user:password@host:5432/database or a jdbc:postgresql: URL")
          .asSecret();
  public static final Setting DATABASE_RETRY_INTERVAL =
      Setting.of("database.retry-interval", "a duration such as 5s, 1m or PT5S").defaultsTo("5s");
  public static final Setting SLACK_BOT_TOKEN =
      Setting.fixed("slack.bot-token", "SLACK_BOT_TOKEN", "a Slack bot token (xoxb-…)").asSecret();
  public static final Setting SLACK_APP_TOKEN =
      Setting.fixed("slack.app-token", "SLACK_APP_TOKEN", "a Slack app-level token (xapp-…)")
          .asSecret();
  public static final Setting SLACK_SIGNING_SECRET =
      Setting.fixed(
              "slack.signing-secret",
              "SLACK_SIGNING_SECRET",
              "the Slack app's signing secret (Basic Information > App Credentials)")
          .asSecret();
  public static final Setting SLACK_API_URL =
      Setting.fixed("slack.api-url", "SLACK_API_URL", "an http(s) URL ending in /")
          .defaultsTo("https://slack.com/api/");
  public static final Setting SLACK_MODE =
      Setting.of("slack.mode", "socket or http").defaultsTo("socket");
  public static final Setting SLACK_HTTP_PORT =
      Setting.of("slack.http-port", "a port number such as 3000").defaultsTo("3000");
  public static final Setting SLACK_MODERATOR_GROUP =
      Setting.of("slack.moderator-group", "a Slack user group id (S…)");
  public static final Setting SLACK_EPHEMERAL_FALLBACK =
      Setting.of("slack.ephemeral-fallback", "dm or skip").defaultsTo("dm");
  public static final Setting SLACK_CLIENT_ID =
      Setting.fixed(
          "slack.client-id",
          "SLACK_CLIENT_ID",
          "the Slack app's client id (Basic Information > App Credentials)");
  public static final Setting SLACK_CLIENT_SECRET =
      Setting.fixed(
              "slack.client-secret",
              "SLACK_CLIENT_SECRET",
              "the Slack app's client secret (Basic Information > App Credentials)")
          .asSecret();
  public static final Setting TOKEN_KEY =
      Setting.of("token-key", "base64 of 32 bytes, e.g. from openssl rand -base64 32").asSecret();
  public static final Setting DISCORD_TOKEN =
      Setting.fixed("discord.token", "DISCORD_TOKEN", "the Discord bot token").asSecret();
  public static final Setting DISCORD_API_URL =
      Setting.fixed("discord.api-url", "DISCORD_API_URL", "an http(s) URL ending in /")
          .defaultsTo("https://discord.com/api/v10/");
  public static final Setting DISCORD_GATEWAY_URL =
      Setting.fixed("discord.gateway-url", "DISCORD_GATEWAY_URL", "a ws(s) URL");
  public static final Setting DISCORD_MESSAGE_CONTENT =
      Setting.of("discord.message-content", "true or false").defaultsTo("true");
  public static final Setting DISCORD_REPORT_HTML =
      Setting.of("discord.report-html", "true or false").defaultsTo("false");
  public static final Setting HTTP_PORT =
      Setting.of("http.port", "a port number such as 8080").defaultsTo("8080");
  public static final Setting HTTP_ADDRESS =
      Setting.of("http.address", "an address to bind such as 0.0.0.0").defaultsTo("0.0.0.0");
  public static final Setting RETENTION_INBOX_DAYS =
      Setting.of("retention.inbox-days", "a whole number of days, at least 1, such as 14")
          .defaultsTo("14");
  public static final Setting RETENTION_HISTORY_DAYS =
      Setting.of("retention.history-days", "a whole number of days, at least 1, such as 180")
          .defaultsTo("180");
  public static final Setting RETENTION_AUDIT_DAYS =
      Setting.of("retention.audit-days", "a whole number of days, at least 1, such as 365")
          .defaultsTo("365");
  public static final Setting HOLIDAYS =
      Setting.of("holidays", "ISO dates separated by commas, such as 2026-12-24,2026-12-25");
  public static final Setting HOLIDAYS_ICAL =
      Setting.of("holidays-ical", "an iCalendar http(s) URL or file path");

  /** The settings of the configuration, in the README's order. */
  public static final List<Setting> SETTINGS =
      List.of(
          DATABASE,
          DATABASE_RETRY_INTERVAL,
          SLACK_BOT_TOKEN,
          SLACK_APP_TOKEN,
          SLACK_SIGNING_SECRET,
          SLACK_API_URL,
          SLACK_MODE,
          SLACK_HTTP_PORT,
          SLACK_MODERATOR_GROUP,
          SLACK_EPHEMERAL_FALLBACK,
          SLACK_CLIENT_ID,
          SLACK_CLIENT_SECRET,
          TOKEN_KEY,
          DISCORD_TOKEN,
          DISCORD_API_URL,
          DISCORD_GATEWAY_URL,
          DISCORD_MESSAGE_CONTENT,
          DISCORD_REPORT_HTML,
          HTTP_PORT,
          HTTP_ADDRESS,
          RETENTION_INBOX_DAYS,
          RETENTION_HISTORY_DAYS,
          RETENTION_AUDIT_DAYS,
          HOLIDAYS,
          HOLIDAYS_ICAL);

  /** Where the configuration file is, when not given with {@code --config}. */
  public static final String CONFIG_FILE = "THREADKEEPER_CONFIG";

  /** Text or JSON lines; read by Logback when it starts, so from the environment only. */
  public static final String LOG_FORMAT = "LOG_FORMAT";

  /** Read by the launcher, Logback or the tests before any configuration is: environment only. */
  public static final List<String> ENVIRONMENT_ONLY =
      List.of(
          CONFIG_FILE,
          "TEST_DATABASE_URL",
          "THREADKEEPER_JAVA_OPTS",
          "THREADKEEPER_LOG_LEVEL",
          LOG_FORMAT);

  /**
   * Settings that hold credentials: they belong in a Secret or an {@code env_file}, never in a
   * ConfigMap. {@code DATABASE_URL} is one because it usually carries the password.
   */
  public static final List<String> SECRETS =
      SETTINGS.stream().filter(Setting::secret).map(Setting::env).toList();

  /** Every environment name, in the README's order. */
  public static final List<String> ALL =
      Stream.concat(SETTINGS.stream().map(Setting::env), ENVIRONMENT_ONLY.stream()).toList();

  private ConfigurationKeys() {}

  /** Whether {@code name} is a setting, or the {@code NAME_FILE} form of a secret one. */
  public static boolean isKnown(String name) {
    return ALL.contains(name)
        || (name.endsWith("_FILE") && SECRETS.contains(name.substring(0, name.length() - 5)));
  }
}
