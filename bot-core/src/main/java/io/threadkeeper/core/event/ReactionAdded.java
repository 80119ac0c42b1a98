package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A member added a reaction to a message.
 *
 * @param reaction the emoji: a Slack short name ({@code white_check_mark}) or a Discord unicode
 *     emoji or custom emoji name
 */
public record ReactionAdded(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    MessageKey message,
    MemberId member,
    String reaction)
    implements ChatEvent {

  public ReactionAdded {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(channel, "channel");
    Events.require(message, "message");
    Events.require(member, "member");
    Events.require(reaction, "reaction");
  }
}
