package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/** A message was deleted; everything derived from it must go too. */
public record MessageDeleted(
    WorkspaceRef workspace, EventKey key, Instant occurredAt, ChannelId channel, MessageKey message)
    implements ChatEvent {

  public MessageDeleted {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(channel, "channel");
    Events.require(message, "message");
  }
}
