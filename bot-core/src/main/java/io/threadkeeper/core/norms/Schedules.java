package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.time.WorkingCalendar;
import io.threadkeeper.core.time.WorkingHours;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves whose working time applies to a member: their own hours first, then the channel's quiet
 * hours, then the workspace's; the zone is the member's own when known, else the workspace's.
 * Immutable and thread-safe.
 *
 * @param workspace the workspace's schedule, which must name hours
 * @param members what the members who set anything said, by id; others fall back entirely
 */
public record Schedules(MemberSchedule workspace, Map<MemberId, MemberSchedule> members) {
  public Schedules {
    Objects.requireNonNull(workspace, "workspace");
    if (workspace.hours() == null) {
      throw new IllegalArgumentException("the workspace schedule must name working hours");
    }
    members = members == null ? Map.of() : Map.copyOf(members);
  }

  public static Schedules of(MemberSchedule workspace) {
    return new Schedules(workspace, Map.of());
  }

  /**
   * The calendar in which {@code member} works; {@code null} stands for the channel's moderators.
   */
  public WorkingCalendar calendarFor(MemberId member, ChannelPolicy policy) {
    MemberSchedule own = member == null ? null : members.get(member);
    if (own != null && own.hours() != null) {
      return new WorkingCalendar(own.zone(), own.hours(), own.holidays());
    }
    ZoneId zone = own == null ? workspace.zone() : own.zone();
    WorkingHours hours = policy.quietHours() != null ? policy.quietHours() : workspace.hours();
    return new WorkingCalendar(zone, hours, own == null ? workspace.holidays() : own.holidays());
  }

  /** The zone in which {@code member} lives their days. */
  public ZoneId zoneOf(MemberId member) {
    MemberSchedule own = member == null ? null : members.get(member);
    return own == null ? workspace.zone() : own.zone();
  }
}
