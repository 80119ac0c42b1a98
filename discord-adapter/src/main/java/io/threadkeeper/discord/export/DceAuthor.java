package io.threadkeeper.discord.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Optional;

/**
 * A message's author as the export names it. Names, nicknames, roles and avatars are left out: the
 * core needs only who it was and whether a bot.
 *
 * @param deleted a deleted account: Discord shows it as {@code Deleted User#0000} and keeps its id
 */
record DceAuthor(MemberId id, boolean bot, boolean deleted) {
  private static final String DELETED_NAME = "Deleted User";
  private static final String DELETED_DISCRIMINATOR = "0000";

  static Optional<DceAuthor> of(JsonNode message) {
    JsonNode author = message.path("author");
    return DceJsonFile.text(author, "id")
        .map(
            id ->
                new DceAuthor(
                    new MemberId(id),
                    author.path("isBot").asBoolean(false),
                    DELETED_NAME.equals(author.path("name").asText())
                        && DELETED_DISCRIMINATOR.equals(author.path("discriminator").asText())));
  }

  AuthorKind kind() {
    return bot ? AuthorKind.BOT : AuthorKind.HUMAN;
  }

  /** Keyed like the live adapter's profile event, plus the deletion, which only exports show. */
  MemberProfileChanged profile(WorkspaceRef workspace, Instant firstSeen) {
    EventKey key =
        deleted
            ? EventKey.derived(
                "member_profile_changed", id.value(), Boolean.toString(bot), "deleted")
            : EventKey.derived("member_profile_changed", id.value(), Boolean.toString(bot));
    return new MemberProfileChanged(workspace, key, firstSeen, id, null, bot, deleted);
  }
}
