package io.threadkeeper.deploy;

import io.threadkeeper.deploy.ops.OpsSettings;
import java.util.List;

/**
 * Every environment variable Threadkeeper reads, in the order of the README's configuration table.
 * Deployment files and the README are checked against this list; a test checks it against the code
 * that reads the environment.
 */
public final class ConfigurationKeys {
  public static final String DATABASE_URL = "DATABASE_URL";

  /**
   * Settings that hold credentials: they belong in a Secret or an {@code env_file}, never in a
   * ConfigMap. {@code DATABASE_URL} is one because it usually carries the password.
   */
  public static final List<String> SECRETS =
      List.of(
          DATABASE_URL,
          "SLACK_BOT_TOKEN",
          "SLACK_APP_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_CLIENT_SECRET",
          "THREADKEEPER_TOKEN_KEY",
          "DISCORD_TOKEN");

  public static final List<String> ALL =
      List.of(
          DATABASE_URL,
          "SLACK_BOT_TOKEN",
          "SLACK_APP_TOKEN",
          "SLACK_SIGNING_SECRET",
          "SLACK_API_URL",
          "THREADKEEPER_SLACK_MODE",
          "THREADKEEPER_SLACK_HTTP_PORT",
          "THREADKEEPER_SLACK_MODERATOR_GROUP",
          "THREADKEEPER_SLACK_EPHEMERAL_FALLBACK",
          "SLACK_CLIENT_ID",
          "SLACK_CLIENT_SECRET",
          "THREADKEEPER_TOKEN_KEY",
          "DISCORD_TOKEN",
          "DISCORD_API_URL",
          "DISCORD_GATEWAY_URL",
          "THREADKEEPER_DISCORD_MESSAGE_CONTENT",
          OpsSettings.PORT,
          OpsSettings.ADDRESS,
          "TEST_DATABASE_URL",
          "THREADKEEPER_JAVA_OPTS",
          "THREADKEEPER_LOG_LEVEL");

  private ConfigurationKeys() {}

  /** Whether {@code name} is a setting, or the {@code NAME_FILE} form of a secret one. */
  public static boolean isKnown(String name) {
    return ALL.contains(name)
        || (name.endsWith("_FILE") && SECRETS.contains(name.substring(0, name.length() - 5)));
  }
}
