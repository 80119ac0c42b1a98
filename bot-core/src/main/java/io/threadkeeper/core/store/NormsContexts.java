package io.threadkeeper.core.store;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.norms.ChannelContext;
import io.threadkeeper.core.norms.ChannelPolicy;
import io.threadkeeper.core.norms.MemberSchedule;
import io.threadkeeper.core.norms.Schedules;
import io.threadkeeper.core.time.WorkingHours;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the norms' view of a channel from its stored policy and its people's schedules. */
final class NormsContexts {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private NormsContexts() {}

  static ChannelContext channel(
      BatchCache cache, long workspaceId, long channelId, List<MemberId> people) {
    NormsStore.WorkspaceRow workspace = cache.workspaceRow(workspaceId);
    NormsStore.ChannelRow channel =
        cache
            .channelRow(channelId)
            .orElseThrow(() -> new IllegalStateException("channel row " + channelId + " is gone"));
    ZoneId zone = ZoneId.of(workspace.timeZone());
    MemberSchedule workspaceSchedule =
        new MemberSchedule(
            zone, WorkingHours.parse(workspace.workingHours()), holidays(workspace.holidays()));
    return new ChannelContext(
        new WorkspaceRef(Platform.fromKey(workspace.platform()), workspace.externalId()),
        new ChannelId(channel.externalId()),
        policy(channel),
        new Schedules(workspaceSchedule, members(cache, workspaceId, workspaceSchedule, people)),
        workspace.shadow());
  }

  /** The workspace's holidays: local dates, written as a JSON array of ISO dates. */
  static Set<LocalDate> holidays(String json) {
    Set<LocalDate> dates = new HashSet<>();
    Matcher date = ISO_DATE.matcher(json == null ? "" : json);
    while (date.find()) {
      dates.add(LocalDate.parse(date.group()));
    }
    return dates;
  }

  private static ChannelPolicy policy(NormsStore.ChannelRow row) {
    return ChannelPolicy.defaults().toBuilder()
        .replyWindow(row.replyWindow())
        .urgent(row.urgent())
        .summaryThresholds(
            row.summaryReplyThreshold(),
            row.summaryParticipantThreshold(),
            row.summaryAgeThreshold())
        .quietHours(row.quietHours() == null ? null : WorkingHours.parse(row.quietHours()))
        .nudgesEnabled(row.nudgesEnabled())
        .shadowMode(row.shadowMode())
        .build();
  }

  private static Map<MemberId, MemberSchedule> members(
      BatchCache cache, long workspaceId, MemberSchedule workspace, List<MemberId> people) {
    List<String> ids =
        people.stream().filter(Objects::nonNull).map(MemberId::value).distinct().toList();
    Map<MemberId, MemberSchedule> schedules = new HashMap<>();
    if (ids.isEmpty()) {
      return schedules;
    }
    for (NormsStore.MemberRow row : cache.memberRows(workspaceId, ids)) {
      if (row.timeZone() == null && row.workingHours() == null) {
        continue;
      }
      schedules.put(new MemberId(row.externalId()), schedule(row, workspace));
    }
    return schedules;
  }

  /** A member's own zone and hours where set; the workspace's zone and holidays otherwise. */
  private static MemberSchedule schedule(NormsStore.MemberRow row, MemberSchedule workspace) {
    ZoneId zone = row.timeZone() != null ? ZoneId.of(row.timeZone()) : workspace.zone();
    WorkingHours hours = row.workingHours() == null ? null : WorkingHours.parse(row.workingHours());
    return new MemberSchedule(zone, hours, workspace.holidays());
  }
}
