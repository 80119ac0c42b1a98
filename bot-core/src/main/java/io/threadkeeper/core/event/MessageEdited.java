package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A message's text was changed.
 *
 * @param threadRoot the thread the message is in, or {@code null} if unknown or at channel level
 * @param text the new text; transient, never stored
 */
public record MessageEdited(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    MessageKey message,
    MessageKey threadRoot,
    MemberId editor,
    String text)
    implements ChatEvent {

  public MessageEdited {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(channel, "channel");
    Events.require(message, "message");
    text = text == null ? "" : text;
  }

  public MessageEdited withoutText() {
    return new MessageEdited(workspace, key, occurredAt, channel, message, threadRoot, editor, "");
  }
}
