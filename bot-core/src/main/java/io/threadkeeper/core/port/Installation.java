package io.threadkeeper.core.port;

import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The bot installed in one workspace through the platform's install flow: its identity there and
 * the token it acts with. {@link #toString()} never shows the token.
 *
 * @param workspace where it is installed
 * @param enterpriseId the Slack Enterprise Grid organisation, or {@code null}
 * @param appId the platform's id of the app, or {@code null}
 * @param botUserId the bot's own member id in the workspace
 * @param botId the bot's id (Slack {@code B…}), or {@code null} when the platform did not say
 * @param scopes what the token may do
 * @param installerId the member who installed it, or {@code null}
 * @param botToken the secret the bot acts with; kept in memory only as long as a call needs it
 * @param installedAt when the install completed
 */
public record Installation(
    WorkspaceRef workspace,
    String enterpriseId,
    String appId,
    String botUserId,
    String botId,
    Set<String> scopes,
    String installerId,
    String botToken,
    Instant installedAt) {
  public Installation {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(installedAt, "installedAt");
    if (botUserId == null || botUserId.isBlank()) {
      throw new IllegalArgumentException("an installation needs the bot's user id");
    }
    if (botToken == null || botToken.isBlank()) {
      throw new IllegalArgumentException("an installation needs a bot token");
    }
    scopes = Set.copyOf(scopes == null ? Set.of() : scopes);
  }

  /** The scopes as Slack and the store write them, sorted: {@code channels:read,chat:write}. */
  public String scopeList() {
    return String.join(",", new TreeSet<>(scopes));
  }

  /** Scopes read from the form {@link #scopeList()} writes. */
  public static Set<String> scopesOf(String commaSeparated) {
    if (commaSeparated == null) {
      return Set.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(scope -> !scope.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String toString() {
    return "Installation[workspace="
        + workspace
        + ", botUserId="
        + botUserId
        + ", scopes="
        + scopes
        + ", installedAt="
        + installedAt
        + "]";
  }
}
