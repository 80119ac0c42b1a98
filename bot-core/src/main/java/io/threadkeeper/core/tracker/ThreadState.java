package io.threadkeeper.core.tracker;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import java.time.Instant;
import java.util.Objects;

/**
 * A thread as the tracker sees it: figures derived from its messages' metadata, plus the decisions
 * made about it (owner, resolution, summary, due time).
 *
 * @param author the root's author, or {@code null} when the root was deleted or not yet seen
 * @param owner who closes the loop; the author unless reassigned
 * @param replyCount human replies, the root excluded
 * @param participantCount distinct human authors, the root's included
 * @param firstReplyAt the first reply by someone other than the author, or {@code null}
 */
public record ThreadState(
    MessageKey root,
    MemberId author,
    MemberId owner,
    ThreadStatus status,
    int replyCount,
    int participantCount,
    Instant openedAt,
    Instant firstReplyAt,
    Instant lastActivityAt,
    MessageKey summary,
    Instant dueAt,
    boolean rootDeleted,
    Instant resolvedAt,
    String resolvedVia) {

  public ThreadState {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    if (replyCount < 0 || participantCount < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  public boolean isAnswered() {
    return firstReplyAt != null;
  }

  /**
   * The same thread under another status with everything else, resolution included, untouched: what
   * the store holds after only its status column was written.
   */
  public ThreadState withStatusColumn(ThreadStatus newStatus) {
    return withStatusAndResolution(newStatus, resolvedAt, resolvedVia);
  }

  public ThreadState withStatus(ThreadStatus newStatus, Instant at, String via) {
    boolean resolved = newStatus == ThreadStatus.RESOLVED;
    return withStatusAndResolution(newStatus, resolved ? at : null, resolved ? via : null);
  }

  private ThreadState withStatusAndResolution(ThreadStatus newStatus, Instant at, String via) {
    return new ThreadState(
        root,
        author,
        owner,
        newStatus,
        replyCount,
        participantCount,
        openedAt,
        firstReplyAt,
        lastActivityAt,
        summary,
        dueAt,
        rootDeleted,
        at,
        via);
  }

  public ThreadState withOwner(MemberId newOwner) {
    return new ThreadState(
        root,
        author,
        newOwner,
        status,
        replyCount,
        participantCount,
        openedAt,
        firstReplyAt,
        lastActivityAt,
        summary,
        dueAt,
        rootDeleted,
        resolvedAt,
        resolvedVia);
  }
}
