package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A pending deadline whose instant has come, as a sweep hands it to a {@link DeadlineHandler}.
 *
 * @param recipientMemberId the member to remind, or {@code null} when the kind implies who
 * @param attempts how many earlier handler calls for it failed
 */
public record DueDeadline(
    long id,
    long workspaceId,
    long threadId,
    String kind,
    Instant dueAt,
    Long recipientMemberId,
    int attempts) {
  public DueDeadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
