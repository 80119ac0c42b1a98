package io.threadkeeper.core.event;

import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Optional;

/**
 * A message was posted in a channel or a thread.
 *
 * @param threadRoot the root of the thread this message replies in, or {@code null} for a message
 *     posted at channel level (which may itself become a thread root)
 * @param text the message text in the platform's markup; transient, never stored
 * @param broadcast a thread reply that was also shown in the channel (Slack {@code
 *     thread_broadcast})
 * @param attachments how many files are attached (never their URLs)
 */
public record MessagePosted(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    MessageKey message,
    MessageKey threadRoot,
    MemberId author,
    AuthorKind authorKind,
    String text,
    boolean broadcast,
    int attachments)
    implements ChatEvent {

  public MessagePosted {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(channel, "channel");
    Events.require(message, "message");
    Events.require(authorKind, "authorKind");
    text = text == null ? "" : text;
    if (attachments < 0) {
      throw new IllegalArgumentException("attachments must not be negative");
    }
    if (message.equals(threadRoot)) {
      threadRoot = null;
    }
  }

  public Optional<MessageKey> threadRootKey() {
    return Optional.ofNullable(threadRoot);
  }

  /** The root of the thread this message belongs to: its thread root, or itself. */
  public MessageKey rootOrSelf() {
    return threadRoot == null ? message : threadRoot;
  }

  public boolean isReply() {
    return threadRoot != null;
  }

  /** A copy without the text, as it may be kept once the norms have read it. */
  public MessagePosted withoutText() {
    return new MessagePosted(
        workspace,
        key,
        occurredAt,
        channel,
        message,
        threadRoot,
        author,
        authorKind,
        "",
        broadcast,
        attachments);
  }
}
