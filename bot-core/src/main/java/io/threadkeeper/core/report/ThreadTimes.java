package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The times of one thread that business-hours arithmetic needs.
 *
 * @param firstReplyAt the first reply by someone else, or {@code null}
 * @param dueAt the explicit due date, or {@code null} to use the reply window
 * @param resolvedAt when the thread was resolved, or {@code null}
 * @param replyWindow the channel's reply window in working time
 */
public record ThreadTimes(
    String channelKey,
    String rootKey,
    Instant openedAt,
    Instant firstReplyAt,
    Instant dueAt,
    Instant resolvedAt,
    boolean rootDeleted,
    Duration replyWindow) {
  public ThreadTimes {
    Objects.requireNonNull(channelKey, "channelKey");
    Objects.requireNonNull(rootKey, "rootKey");
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(replyWindow, "replyWindow");
  }
}
