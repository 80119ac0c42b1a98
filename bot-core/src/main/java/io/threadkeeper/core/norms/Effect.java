package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * Something the bot would do because a norm fired: a message to a member, the thread or the
 * moderators. Effects are values; the outbox stores them and the dispatcher delivers them.
 */
public sealed interface Effect
    permits PressureNudge,
        DueSoonWarning,
        Reminder,
        Escalation,
        SummaryPrompt,
        StaleWarning,
        ResolutionNotice,
        DigestEntry {

  Envelope envelope();

  default WorkspaceRef workspace() {
    return envelope().workspace();
  }

  default ChannelId channel() {
    return envelope().channel();
  }

  default MessageKey threadRoot() {
    return envelope().threadRoot();
  }

  default Recipient recipient() {
    return envelope().recipient();
  }

  default Instant deliverAt() {
    return envelope().deliverAt();
  }

  default Explanation explanation() {
    return envelope().explanation();
  }

  default boolean shadow() {
    return envelope().shadow();
  }
}
