package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A member left a channel, or the whole workspace.
 *
 * @param channel the channel left, or {@code null} when the member left the workspace
 */
public record MemberLeft(
    WorkspaceRef workspace, EventKey key, Instant occurredAt, MemberId member, ChannelId channel)
    implements ChatEvent {

  public MemberLeft {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(member, "member");
  }
}
