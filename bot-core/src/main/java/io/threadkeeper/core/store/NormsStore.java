package io.threadkeeper.core.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the norms read and remember; the SQL is in the {@code .sql} files beside it. What they write
 * during an inbox batch ({@code rememberThread}, {@code countNudges}, {@code scheduleCheck}, {@code
 * cancelCheck}) is sent in batches by {@link WriteBehind} from the same files.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(NormsStore.ChannelRow.class)
@RegisterConstructorMapper(NormsStore.WorkspaceRow.class)
@RegisterConstructorMapper(NormsStore.MemberRow.class)
@RegisterConstructorMapper(NormsStore.ThreadRef.class)
@RegisterConstructorMapper(NormsStore.Tally.class)
@RegisterConstructorMapper(NormsStore.DueCheck.class)
public interface NormsStore {

  /** A channel's stored policy. */
  record ChannelRow(
      String externalId,
      boolean urgent,
      Duration replyWindow,
      int summaryReplyThreshold,
      int summaryParticipantThreshold,
      Duration summaryAgeThreshold,
      String quietHours,
      boolean nudgesEnabled,
      boolean shadowMode) {}

  /**
   * A workspace's zone, hours, whether it runs in shadow mode, and its holidays (a JSON array of
   * local dates from its settings, e.g. {@code ["2026-12-25"]}).
   */
  record WorkspaceRow(
      String platform,
      String externalId,
      String timeZone,
      String workingHours,
      boolean shadow,
      String holidays) {}

  /** A member's own zone and hours, where they set them. */
  record MemberRow(String externalId, String timeZone, String workingHours) {}

  /** A thread's row id and what the norms remember of it. */
  record ThreadRef(long id, String norms) {}

  /** A counter for one period (a day of nudges, a week of reminders). */
  record Tally(LocalDate period, int count) {}

  /** A due norms check. */
  record DueCheck(
      long deadlineId, long workspaceId, long channelId, String rootKey, Instant dueAt) {}

  @SqlQuery
  Optional<ChannelRow> channel(@Bind("channelId") long channelId);

  @SqlQuery
  WorkspaceRow workspace(@Bind("workspaceId") long workspaceId);

  @SqlQuery
  List<MemberRow> members(
      @Bind("workspaceId") long workspaceId, @BindList("externalIds") List<String> externalIds);

  @SqlQuery
  Optional<ThreadRef> thread(@Bind("channelId") long channelId, @Bind("rootKey") String rootKey);

  @SqlQuery
  Optional<Tally> nudges(@Bind("memberId") long memberId, @Bind("channelId") long channelId);

  @SqlQuery
  Optional<Tally> reminders(@Bind("memberId") long memberId);

  @SqlUpdate
  void countReminders(
      @Bind("memberId") long memberId,
      @Bind("weekStart") LocalDate weekStart,
      @Bind("count") int count);

  @SqlUpdate
  void scheduleCheck(
      @Bind("workspaceId") long workspaceId,
      @Bind("threadId") long threadId,
      @Bind("dueAt") Instant dueAt,
      @Bind("now") Instant now);

  @SqlQuery
  List<DueCheck> claimDueChecks(@Bind("now") Instant now, @Bind("limit") int limit);

  @SqlUpdate
  void markFired(@Bind("deadlineId") long deadlineId, @Bind("now") Instant now);

  @SqlQuery
  Optional<Instant> nextCheck(@Bind("until") Instant until);

  /** Where a thread is, by its row id. */
  record ThreadLocation(long channelId, String rootKey) {}

  @SqlQuery
  @RegisterConstructorMapper(ThreadLocation.class)
  Optional<ThreadLocation> threadLocation(@Bind("threadId") long threadId);
}
