package io.threadkeeper.discord;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the bot connects to Discord.
 *
 * @param token the bot token (DISCORD_TOKEN); never printed
 * @param apiUrl the REST base URL ending in {@code /} (DISCORD_API_URL), normally {@link
 *     #DEFAULT_API_URL}
 * @param gatewayUrl the gateway WebSocket URL (DISCORD_GATEWAY_URL), or {@code null} to ask {@code
 *     GET /gateway/bot} as Discord recommends
 * @param shardIds the shards this node runs; empty means all of {@code shardTotal}
 * @param shardTotal how many shards the bot has in all, or {@code -1} to take Discord's advice
 * @param messageContent whether to ask for the privileged MESSAGE_CONTENT intent; without it
 *     pressure rules only see text that mentions the bot
 * @param moderatorRoleId members with this role count as moderators, or {@code null}
 * @param nudgeDelivery what becomes of a message that Slack would show ephemerally
 * @param reportHtml whether the weekly report's embed also carries the HTML report as a file
 *     (THREADKEEPER_DISCORD_REPORT_HTML)
 */
public record DiscordSettings(
    String token,
    URI apiUrl,
    URI gatewayUrl,
    List<Integer> shardIds,
    int shardTotal,
    boolean messageContent,
    String moderatorRoleId,
    NudgeDelivery nudgeDelivery,
    boolean reportHtml) {

  public static final URI DEFAULT_API_URL = URI.create("https://discord.com/api/v10/");

  /**
   * Discord has no ephemeral messages outside interactions, so a private nudge either goes to the
   * author's DMs or is left out (and counted as skipped).
   */
  public enum NudgeDelivery {
    DM,
    SKIP
  }

  public DiscordSettings {
    if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "DISCORD_TOKEN must be the bot token from the Developer Portal → Bot, without spaces");
    }
    apiUrl = apiUrl == null ? DEFAULT_API_URL : apiUrl;
    requireScheme(apiUrl, "DISCORD_API_URL", "http", "https");
    if (!apiUrl.toString().endsWith("/")) {
      throw new IllegalArgumentException(
          "DISCORD_API_URL must end with /, e.g. " + DEFAULT_API_URL);
    }
    if (gatewayUrl != null) {
      requireScheme(gatewayUrl, "DISCORD_GATEWAY_URL", "ws", "wss");
    }
    shardIds = List.copyOf(shardIds == null ? List.of() : shardIds);
    if (shardTotal == 0 || shardTotal < -1) {
      throw new IllegalArgumentException("the shard total must be positive, or -1 to ask Discord");
    }
    for (int shard : shardIds) {
      if (shard < 0 || (shardTotal > 0 && shard >= shardTotal)) {
        throw new IllegalArgumentException(
            "shard " + shard + " is outside 0.." + (shardTotal - 1) + " (the shard total)");
      }
    }
    if (!shardIds.isEmpty() && shardTotal == -1) {
      throw new IllegalArgumentException("naming the shards to run needs the shard total too");
    }
    if (moderatorRoleId != null && !moderatorRoleId.matches("\\d{15,21}")) {
      throw new IllegalArgumentException("the moderator role must be a role id (a snowflake)");
    }
    Objects.requireNonNull(nudgeDelivery, "nudgeDelivery");
  }

  /** Settings for one node that runs every shard against real Discord, nudges by DM. */
  public static DiscordSettings of(String token) {
    return new DiscordSettings(
        token, DEFAULT_API_URL, null, List.of(), -1, false, null, NudgeDelivery.DM, false);
  }

  public DiscordSettings withApiUrl(URI url) {
    return new DiscordSettings(
        token,
        url,
        gatewayUrl,
        shardIds,
        shardTotal,
        messageContent,
        moderatorRoleId,
        nudgeDelivery,
        reportHtml);
  }

  public DiscordSettings withGatewayUrl(URI url) {
    return new DiscordSettings(
        token,
        apiUrl,
        url,
        shardIds,
        shardTotal,
        messageContent,
        moderatorRoleId,
        nudgeDelivery,
        reportHtml);
  }

  public DiscordSettings withShards(List<Integer> ids, int total) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        ids,
        total,
        messageContent,
        moderatorRoleId,
        nudgeDelivery,
        reportHtml);
  }

  public DiscordSettings withMessageContent(boolean enabled) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        shardIds,
        shardTotal,
        enabled,
        moderatorRoleId,
        nudgeDelivery,
        reportHtml);
  }

  public DiscordSettings withModeratorRole(String roleId) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        shardIds,
        shardTotal,
        messageContent,
        roleId,
        nudgeDelivery,
        reportHtml);
  }

  public DiscordSettings withNudgeDelivery(NudgeDelivery delivery) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        shardIds,
        shardTotal,
        messageContent,
        moderatorRoleId,
        delivery,
        reportHtml);
  }

  public DiscordSettings withReportHtml(boolean enabled) {
    return new DiscordSettings(
        token,
        apiUrl,
        gatewayUrl,
        shardIds,
        shardTotal,
        messageContent,
        moderatorRoleId,
        nudgeDelivery,
        enabled);
  }

  public Optional<URI> gateway() {
    return Optional.ofNullable(gatewayUrl);
  }

  private static void requireScheme(URI url, String variable, String... schemes) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!List.of(schemes).contains(scheme) || url.getHost() == null) {
      throw new IllegalArgumentException(
          variable + " must be a " + String.join(" or ", schemes) + " URL, not '" + url + "'");
    }
  }

  /** Never shows the token, so settings can be logged. */
  @Override
  public String toString() {
    return "DiscordSettings[token=****, apiUrl="
        + apiUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", shardIds="
        + shardIds
        + ", shardTotal="
        + shardTotal
        + ", messageContent="
        + messageContent
        + ", moderatorRoleId="
        + moderatorRoleId
        + ", nudgeDelivery="
        + nudgeDelivery
        + ", reportHtml="
        + reportHtml
        + "]";
  }
}
