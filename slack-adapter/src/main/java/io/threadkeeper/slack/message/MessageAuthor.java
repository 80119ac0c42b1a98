package io.threadkeeper.slack.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who wrote a message (exported or live) and what kind of author that is.
 *
 * @param member the user, else the bot id; {@code null} for an integration that left neither
 */
public record MessageAuthor(MemberId member, AuthorKind kind) {
  private static final String SLACKBOT = "USLACKBOT";

  // Notices Slack writes itself: they never ask anything and never answer a thread.
  private static final Set<String> SYSTEM_SUBTYPES =
      Set.of(
          "channel_join",
          "channel_leave",
          "channel_topic",
          "channel_purpose",
          "channel_name",
          "channel_archive",
          "channel_unarchive",
          "channel_convert_to_private",
          "channel_convert_to_public",
          "channel_posting_permissions",
          "channel_canvas_updated",
          "group_join",
          "group_leave",
          "group_topic",
          "group_purpose",
          "group_name",
          "group_archive",
          "group_unarchive",
          "pinned_item",
          "unpinned_item",
          "bot_add",
          "bot_remove",
          "bot_enable",
          "bot_disable",
          "reminder_add",
          "huddle_thread",
          "sh_room_created",
          "joiner_notification",
          "joiner_notification_for_inviter",
          "ekm_access_denied",
          "tombstone");

  private static final Set<String> BOT_SUBTYPES = Set.of("bot_message", "slackbot_response");

  public MessageAuthor {
    Objects.requireNonNull(kind, "kind");
  }

  /**
   * Reads the author of {@code message}.
   *
   * @param botUsers the ids of users that {@code users.json} marks as bots or apps
   */
  public static MessageAuthor of(JsonNode message, Set<String> botUsers) {
    return of(message, botUsers, BotIdentity.UNKNOWN);
  }

  /**
   * Reads the author of {@code message}, recognising Threadkeeper's own messages.
   *
   * @param self the bot's own ids in this workspace
   */
  public static MessageAuthor of(JsonNode message, Set<String> botUsers, BotIdentity self) {
    Optional<String> user = JsonFields.text(message, "user");
    Optional<String> botId = JsonFields.text(message, "bot_id");
    MemberId member = user.or(() -> botId).map(MemberId::new).orElse(null);
    AuthorKind kind =
        self.wrote(user, botId)
            ? AuthorKind.SELF
            : kindOf(message, user, botId.isPresent(), botUsers);
    return new MessageAuthor(member, kind);
  }

  private static AuthorKind kindOf(
      JsonNode message, Optional<String> user, boolean hasBotId, Set<String> botUsers) {
    String subtype = SlackMessageFields.subtype(message);
    if (SYSTEM_SUBTYPES.contains(subtype)) {
      return AuthorKind.SYSTEM;
    }
    boolean botUser = user.filter(id -> botUsers.contains(id) || SLACKBOT.equals(id)).isPresent();
    if (BOT_SUBTYPES.contains(subtype) || hasBotId || botUser) {
      return AuthorKind.BOT;
    }
    return AuthorKind.HUMAN;
  }
}
