package io.threadkeeper.slack.message;

import java.util.Optional;

/**
 * Who Threadkeeper itself is in a workspace, as {@code auth.test} tells it: messages it wrote are
 * {@link io.threadkeeper.core.model.AuthorKind#SELF}, never counted as replies.
 *
 * @param userId the bot user's id, or {@code null} when unknown (an export)
 * @param botId the bot's id, or {@code null} when unknown
 */
public record BotIdentity(String userId, String botId) {
  /** For sources that never contain the bot's own messages, such as exports. */
  public static final BotIdentity UNKNOWN = new BotIdentity(null, null);

  boolean wrote(Optional<String> user, Optional<String> bot) {
    return user.filter(id -> id.equals(userId)).isPresent()
        || bot.filter(id -> id.equals(botId)).isPresent();
  }
}
