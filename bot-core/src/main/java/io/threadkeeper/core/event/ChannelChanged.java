package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A channel was seen, created, renamed or archived.
 *
 * @param name the channel's name without {@code #}
 */
public record ChannelChanged(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    String name,
    boolean archived)
    implements ChatEvent {

  public ChannelChanged {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(channel, "channel");
    name = name == null || name.isBlank() ? channel.value() : name;
  }
}
