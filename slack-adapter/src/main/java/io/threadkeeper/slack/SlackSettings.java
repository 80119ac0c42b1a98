package io.threadkeeper.slack;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach one Slack workspace. Validation messages name the environment variable an operator
 * sets, and {@link #toString()} never shows a secret.
 *
 * @param botToken {@code SLACK_BOT_TOKEN}, {@code xoxb-…}; may be absent in HTTP mode when the
 *     workspaces install the app themselves ({@link SlackOAuth})
 * @param appToken {@code SLACK_APP_TOKEN}, {@code xapp-…}; required in Socket Mode only
 * @param signingSecret {@code SLACK_SIGNING_SECRET}; required in HTTP mode, where every request is
 *     verified with it
 * @param apiUrl {@code SLACK_API_URL}, the Web API prefix ending in {@code /}
 * @param mode {@code SLACK_MODE}
 * @param httpBindAddress {@code SLACK_HTTP_BIND}: {@code 0.0.0.0} for all interfaces, {@code
 *     127.0.0.1} behind a local proxy
 * @param httpPort {@code SLACK_HTTP_PORT}; 0 picks a free port
 * @param moderatorGroup {@code THREADKEEPER_SLACK_MODERATOR_GROUP}: the id of a user group whose
 *     members moderate besides the workspace's owners and admins, or {@code null}
 */
public record SlackSettings(
    String botToken,
    String appToken,
    String signingSecret,
    String apiUrl,
    SlackMode mode,
    String httpBindAddress,
    int httpPort,
    String moderatorGroup) {
  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final String ALL_INTERFACES = "0.0.0.0";
  public static final int DEFAULT_HTTP_PORT = 3000;
  private static final Pattern USER_GROUP_ID = Pattern.compile("S[A-Z0-9]{2,30}");

  public SlackSettings {
    Objects.requireNonNull(mode, "mode");
    if (mode == SlackMode.SOCKET || !isBlank(botToken)) {
      requirePrefix(botToken, "xoxb-", "SLACK_BOT_TOKEN", "a bot token");
    } else {
      botToken = null;
    }
    if (mode == SlackMode.SOCKET) {
      requirePrefix(appToken, "xapp-", "SLACK_APP_TOKEN", "an app-level token for Socket Mode");
    }
    if (mode == SlackMode.HTTP && isBlank(signingSecret)) {
      throw new IllegalArgumentException(
          "SLACK_SIGNING_SECRET is required in HTTP mode: without it nobody can tell Slack's"
              + " requests from forged ones (Basic Information > App Credentials)");
    }
    apiUrl = isBlank(apiUrl) ? DEFAULT_API_URL : apiUrl.trim();
    requireApiUrl(apiUrl);
    httpBindAddress = isBlank(httpBindAddress) ? ALL_INTERFACES : httpBindAddress.trim();
    if (httpPort < 0 || httpPort > 65_535) {
      throw new IllegalArgumentException(
          "SLACK_HTTP_PORT must be between 0 and 65535, not " + httpPort);
    }
    moderatorGroup = isBlank(moderatorGroup) ? null : moderatorGroup.trim();
    if (moderatorGroup != null && !USER_GROUP_ID.matcher(moderatorGroup).matches()) {
      throw new IllegalArgumentException(
          "THREADKEEPER_SLACK_MODERATOR_GROUP must be a user group id such as S0614TZR7 (the end"
              + " of the group's URL in Slack), not '"
              + SlackText.shorten(moderatorGroup, 40)
              + "'");
    }
  }

  /** Settings without a moderator group: owners and admins moderate. */
  public SlackSettings(
      String botToken,
      String appToken,
      String signingSecret,
      String apiUrl,
      SlackMode mode,
      String httpBindAddress,
      int httpPort) {
    this(botToken, appToken, signingSecret, apiUrl, mode, httpBindAddress, httpPort, null);
  }

  /** Socket Mode against slack.com. */
  public static SlackSettings socketMode(String botToken, String appToken) {
    return new SlackSettings(
        botToken, appToken, null, DEFAULT_API_URL, SlackMode.SOCKET, null, DEFAULT_HTTP_PORT);
  }

  /** HTTP mode on all interfaces against slack.com. */
  public static SlackSettings http(String botToken, String signingSecret, int port) {
    return new SlackSettings(
        botToken, null, signingSecret, DEFAULT_API_URL, SlackMode.HTTP, ALL_INTERFACES, port);
  }

  public SlackSettings withApiUrl(String url) {
    return new SlackSettings(
        botToken, appToken, signingSecret, url, mode, httpBindAddress, httpPort, moderatorGroup);
  }

  public SlackSettings withHttpBindAddress(String address) {
    return new SlackSettings(
        botToken, appToken, signingSecret, apiUrl, mode, address, httpPort, moderatorGroup);
  }

  /** Members of the user group {@code groupId} moderate too; blank for none. */
  public SlackSettings withModeratorGroup(String groupId) {
    return new SlackSettings(
        botToken, appToken, signingSecret, apiUrl, mode, httpBindAddress, httpPort, groupId);
  }

  @Override
  public String toString() {
    return "SlackSettings[mode="
        + mode
        + ", botToken="
        + mask(botToken)
        + ", appToken="
        + mask(appToken)
        + ", signingSecret="
        + mask(signingSecret)
        + ", apiUrl="
        + apiUrl
        + ", http="
        + httpBindAddress
        + ":"
        + httpPort
        + ", moderatorGroup="
        + (moderatorGroup == null ? "(none)" : moderatorGroup)
        + "]";
  }

  private static String mask(String secret) {
    if (isBlank(secret)) {
      return "(none)";
    }
    int dash = secret.indexOf('-');
    // The prefix says which kind of token it is, which helps an operator; the rest is secret.
    return (dash > 0 && dash < 5 ? secret.substring(0, dash + 1) : "") + "****";
  }

  private static void requirePrefix(String token, String prefix, String name, String what) {
    if (isBlank(token)) {
      throw new IllegalArgumentException(name + " is required: " + what + " (" + prefix + "…)");
    }
    if (!token.startsWith(prefix)) {
      throw new IllegalArgumentException(
          name + " must be " + what + " starting with " + prefix + ", not " + mask(token));
    }
  }

  private static void requireApiUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (("http".equals(scheme) || "https".equals(scheme))
          && uri.getHost() != null
          && url.endsWith("/")) {
        return;
      }
    } catch (URISyntaxException e) {
      // reported below with the rest
    }
    throw new IllegalArgumentException(
        "SLACK_API_URL must be an http(s) URL ending in /, like "
            + DEFAULT_API_URL
            + ", not '"
            + url
            + "'");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
