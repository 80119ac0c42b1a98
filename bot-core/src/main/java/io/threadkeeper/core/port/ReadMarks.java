package io.threadkeeper.core.port;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The newest message the bot has seen in each channel, kept across restarts: an adapter whose
 * platform cannot replay what happened while it was away (Discord after a restart or a fresh
 * gateway session) reads each channel's history after its mark. The inbox drops what it already
 * has, so a mark that lags a little only costs a longer read.
 *
 * <p>Contract: {@link #advance} never moves a channel's mark back to an older message (by posting
 * time). Implementations are thread-safe.
 */
public interface ReadMarks {

  /** The newest message seen in {@code channel}, posted at {@code postedAt}. */
  record Mark(ChannelId channel, MessageKey message, Instant postedAt) {
    public Mark {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(postedAt, "postedAt");
    }
  }

  /** Moves each channel's mark forward to {@code marks}, where they are newer. */
  void advance(WorkspaceRef workspace, Collection<Mark> marks);

  /** Every channel's mark in {@code workspace}. */
  List<Mark> marks(WorkspaceRef workspace);

  /** Marks kept in memory only, for tests and tools that run without a database. */
  static ReadMarks none() {
    return new ReadMarks() {
      @Override
      public void advance(WorkspaceRef workspace, Collection<Mark> marks) {}

      @Override
      public List<Mark> marks(WorkspaceRef workspace) {
        return List.of();
      }
    };
  }
}
