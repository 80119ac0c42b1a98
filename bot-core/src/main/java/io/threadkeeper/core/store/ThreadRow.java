package io.threadkeeper.core.store;

import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;

/** The bindable columns of a thread row; ids of members are bound separately. */
public record ThreadRow(
    String rootKey,
    int replyCount,
    int participantCount,
    Instant openedAt,
    Instant firstReplyAt,
    Instant lastActivityAt,
    String summaryKey,
    Instant dueAt,
    boolean rootDeleted,
    Instant resolvedAt,
    String resolvedVia) {

  static ThreadRow of(ThreadState t) {
    return new ThreadRow(
        t.root().value(),
        t.replyCount(),
        t.participantCount(),
        t.openedAt(),
        t.firstReplyAt(),
        t.lastActivityAt(),
        t.summary() == null ? null : t.summary().value(),
        t.dueAt(),
        t.rootDeleted(),
        t.resolvedAt(),
        t.resolvedVia());
  }
}
