package io.threadkeeper.core.event;

import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * Something that happened on a chat platform, translated into platform-neutral terms.
 *
 * <p>Adapters and export readers produce these; the inbox stores them (unique on workspace and
 * {@link #key()}) before the platform is acknowledged. Text fields are transient: they are read by
 * the norms in memory and never persisted.
 */
public sealed interface ChatEvent
    permits MessagePosted,
        MessageEdited,
        MessageDeleted,
        ReactionAdded,
        ReactionRemoved,
        MemberProfileChanged,
        MemberLeft,
        ChannelChanged,
        CommandInvoked,
        InteractionReceived,
        AccessRevoked {

  WorkspaceRef workspace();

  EventKey key();

  /** When it happened on the platform (not when we received it). */
  Instant occurredAt();

  /** A short, stable name of the event's kind, used in storage and logs. */
  default String type() {
    return EventTypes.nameOf(getClass());
  }
}
