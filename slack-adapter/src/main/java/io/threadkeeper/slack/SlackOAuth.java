package io.threadkeeper.slack;

import io.threadkeeper.core.port.InstallStates;
import io.threadkeeper.core.port.Installations;
import java.util.Objects;

/**
 * Multi-workspace mode: the app's OAuth credentials and where installs and their state values are
 * kept. Validation messages name the environment variable an operator sets, and {@link #toString()}
 * never shows the secret.
 *
 * @param clientId {@code SLACK_CLIENT_ID} (Basic Information &gt; App Credentials)
 * @param clientSecret {@code SLACK_CLIENT_SECRET}
 * @param installations each workspace's bot token, encrypted at rest
 * @param states the single-use {@code state} values of installs in progress
 */
public record SlackOAuth(
    String clientId, String clientSecret, Installations installations, InstallStates states) {
  /** Where a workspace admin starts an install, and where Slack sends them back. */
  public static final String INSTALL_PATH = "/slack/install";

  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  public SlackOAuth {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException(
          "SLACK_CLIENT_ID is required for multi-workspace installs (Basic Information > App"
              + " Credentials)");
    }
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException(
          "SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID (Basic Information > App"
              + " Credentials)");
    }
    clientId = clientId.trim();
    clientSecret = clientSecret.trim();
    Objects.requireNonNull(installations, "installations");
    Objects.requireNonNull(states, "states");
  }

  @Override
  public String toString() {
    return "SlackOAuth[clientId=" + clientId + ", clientSecret=****]";
  }
}
