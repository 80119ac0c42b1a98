package io.threadkeeper.deploy.run;

import io.threadkeeper.core.store.TokenCipher;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Multi-workspace Slack, read from the environment: {@code SLACK_CLIENT_ID} and {@code
 * SLACK_CLIENT_SECRET} switch it on, and {@code THREADKEEPER_TOKEN_KEY} (base64 of 32 bytes) seals
 * the workspaces' tokens in the database. {@link #toString()} shows no secret.
 */
public record SlackInstallSettings(String clientId, String clientSecret, TokenCipher cipher) {

  /** Whether the environment asks for multi-workspace installs at all. */
  static boolean requested(Map<String, String> env) {
    return isSet(env.get("SLACK_CLIENT_ID")) || hasSecret(env, "SLACK_CLIENT_SECRET");
  }

  /** The settings, or empty with every problem added, each naming its setting. */
  static Optional<SlackInstallSettings> from(Map<String, String> env, List<String> problems) {
    int before = problems.size();
    String clientId = env.get("SLACK_CLIENT_ID");
    if (!isSet(clientId)) {
      problems.add(
          "SLACK_CLIENT_ID is required with SLACK_CLIENT_SECRET (Basic Information > App"
              + " Credentials)");
    }
    Optional<String> secret = PlatformSettings.secret(env, "SLACK_CLIENT_SECRET", problems);
    if (secret.isEmpty() && problems.size() == before) {
      problems.add(
          "SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID (Basic Information > App"
              + " Credentials)");
    }
    if (!"http".equalsIgnoreCase(env.getOrDefault("THREADKEEPER_SLACK_MODE", "socket").trim())) {
      problems.add(
          "multi-workspace installs (SLACK_CLIENT_ID) need THREADKEEPER_SLACK_MODE=http: Slack's"
              + " OAuth redirect comes to the bot's public URL");
    }
    if (hasSecret(env, "SLACK_BOT_TOKEN")) {
      problems.add(
          "set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (many"
              + " workspaces), not both");
    }
    Optional<TokenCipher> cipher = cipher(env, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new SlackInstallSettings(clientId.trim(), secret.orElseThrow(), cipher.orElseThrow()));
  }

  private static Optional<TokenCipher> cipher(Map<String, String> env, List<String> problems) {
    Optional<String> key = PlatformSettings.secret(env, "THREADKEEPER_TOKEN_KEY", problems);
    try {
      return Optional.of(TokenCipher.fromBase64(key.orElse(null)));
    } catch (IllegalArgumentException e) {
      problems.add(
          "THREADKEEPER_TOKEN_KEY: "
              + e.getMessage()
              + "; it encrypts the workspaces' tokens in the database");
      return Optional.empty();
    }
  }

  /** Whether a secret is given, directly or as a file. */
  private static boolean hasSecret(Map<String, String> env, String name) {
    return isSet(env.get(name)) || isSet(env.get(name + "_FILE"));
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  @Override
  public String toString() {
    return "SlackInstallSettings[clientId="
        + clientId
        + ", clientSecret=****, cipher="
        + cipher
        + "]";
  }
}
