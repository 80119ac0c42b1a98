package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What {@code /async} commands read and change besides threads: members' own settings, channel
 * settings, owned threads, explanations and pending asks. The SQL is in the {@code .sql} files
 * beside it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(CommandStore.OwnedThread.class)
public interface CommandStore {

  /** An open thread a member owns, with its due time if it has one. */
  record OwnedThread(String channel, String rootKey, Instant dueAt, String state) {}

  /**
   * A member's settings as they apply, with where each comes from; ids are {@code null} for a
   * workspace or member never seen.
   */
  record MemberSettings(
      Long workspaceId,
      Long memberId,
      String zone,
      boolean zoneChosen,
      boolean ownZone,
      String hours,
      boolean ownHours,
      boolean optedOut) {
    static final MemberSettings DEFAULTS =
        new MemberSettings(null, null, null, false, false, null, false, false);
  }

  /** Reads without creating: the overview of someone never seen shows the defaults. */
  @SqlQuery
  @RegisterConstructorMapper(MemberSettings.class)
  Optional<MemberSettings> memberSettings(
      @Bind("platform") String platform,
      @Bind("workspace") String workspace,
      @Bind("member") String member);

  /** The invoker's latest reply in a thread, not the root. */
  @SqlQuery
  Optional<String> latestReply(
      @Bind("channelId") long channelId,
      @Bind("rootKey") String rootKey,
      @Bind("memberId") long memberId);

  @SqlUpdate
  int markSummary(
      @Bind("channelId") long channelId,
      @Bind("rootKey") String rootKey,
      @Bind("summaryKey") String summaryKey);

  /**
   * @param chosen whether the member chose it, so that their profile no longer overrides it
   */
  @SqlUpdate
  void setZone(
      @Bind("memberId") long memberId, @Bind("zone") String zone, @Bind("chosen") boolean chosen);

  @SqlUpdate
  void setHours(@Bind("memberId") long memberId, @Bind("hours") String hours);

  /** The member's own zone, else the workspace's. */
  @SqlQuery
  String zoneOf(@Bind("workspaceId") long workspaceId, @Bind("memberId") long memberId);

  @SqlQuery
  String workspaceZone(@Bind("workspaceId") long workspaceId);

  @SqlQuery
  List<OwnedThread> ownedOpenThreads(
      @Bind("workspaceId") long workspaceId,
      @Bind("memberId") long memberId,
      @Bind("limit") int limit);

  /** The explanation sentence of the latest nudge or reminder sent to {@code recipient}. */
  @SqlQuery
  Optional<String> lastExplanation(
      @Bind("workspaceId") long workspaceId, @Bind("recipient") String recipient);

  /** One channel setting as text; {@code column} comes from {@link ChannelColumn} only. */
  @SqlQuery
  Optional<String> channelSetting(@Define("column") String column, @Bind("channelId") long id);

  /**
   * Changes one channel setting; {@code column} and {@code type} come from {@link ChannelColumn}.
   */
  @SqlUpdate
  void changeChannelSetting(
      @Define("column") String column,
      @Define("type") String type,
      @Bind("channelId") long channelId,
      @Bind("value") String value);

  @SqlUpdate
  void insertPendingAsk(
      @Bind("outboxId") long outboxId,
      @Bind("workspaceId") long workspaceId,
      @Bind("channelId") long channelId,
      @Bind("ownerId") long ownerId,
      @Bind("askerId") long askerId,
      @Bind("dueAt") Instant dueAt,
      @Bind("now") Instant now);
}
