package io.threadkeeper.core.event;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A member joined, or their profile changed.
 *
 * @param timeZone the IANA zone from the platform profile, or {@code null} when it has none
 * @param bot whether the member is a bot or integration
 * @param deleted whether the account was deactivated
 */
public record MemberProfileChanged(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    MemberId member,
    String timeZone,
    boolean bot,
    boolean deleted)
    implements ChatEvent {

  public MemberProfileChanged {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(member, "member");
  }
}
