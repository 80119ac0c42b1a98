package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;

/** Builds a {@link ThreadState}: alice's open thread, opened Monday 09:00 UTC, no replies. */
final class ThreadBuilder {
  private MemberId owner = Fixtures.ALICE;
  private ThreadStatus status = ThreadStatus.OPEN;
  private int replies;
  private int participants = 1;
  private Instant openedAt = Fixtures.MONDAY_0900;
  private Instant lastActivityAt = Fixtures.MONDAY_0900;
  private MessageKey summary;

  static ThreadBuilder thread() {
    return new ThreadBuilder();
  }

  ThreadBuilder owner(MemberId value) {
    owner = value;
    return this;
  }

  ThreadBuilder status(ThreadStatus value) {
    status = value;
    return this;
  }

  ThreadBuilder replies(int count, int people) {
    replies = count;
    participants = people;
    return this;
  }

  ThreadBuilder lastActivityAt(Instant value) {
    lastActivityAt = value;
    return this;
  }

  ThreadBuilder summary(String key) {
    summary = new MessageKey(key);
    return this;
  }

  ThreadState build() {
    boolean resolved = status == ThreadStatus.RESOLVED;
    return new ThreadState(
        Fixtures.ROOT,
        Fixtures.ALICE,
        owner,
        status,
        replies,
        participants,
        openedAt,
        replies > 0 ? openedAt.plusSeconds(60) : null,
        lastActivityAt,
        summary,
        null,
        false,
        resolved ? lastActivityAt : null,
        resolved ? "command" : null);
  }
}
