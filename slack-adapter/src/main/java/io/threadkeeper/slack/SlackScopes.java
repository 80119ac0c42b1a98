package io.threadkeeper.slack;

import java.util.Set;

/** The bot token scopes the app asks for; the app manifests must list exactly these. */
public final class SlackScopes {
  /**
   * Each scope with the reason it is needed; nothing broader (no {@code chat:write.public}: the bot
   * only posts where it was invited).
   */
  public static final Set<String> REQUIRED =
      Set.of(
          // chat.postMessage, chat.postEphemeral
          "chat:write",
          // message.channels / message.groups events, and conversations.history/replies to find
          // a message sent before a timeout
          "channels:history",
          "groups:history",
          // the same lookup in a direct message
          "im:history",
          // conversations.open for direct messages
          "im:write",
          // reaction_added / reaction_removed
          "reactions:read",
          // user_change, team_join, users.info (time zone, admin)
          "users:read",
          // usergroups.users.list: members of THREADKEEPER_SLACK_MODERATOR_GROUP moderate
          "usergroups:read",
          // channel_rename, channel_archive, channel_unarchive, member_left_channel
          "channels:read",
          // /async
          "commands");

  private SlackScopes() {}
}
