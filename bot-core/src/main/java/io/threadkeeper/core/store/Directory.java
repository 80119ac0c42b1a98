package io.threadkeeper.core.store;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Row ids of workspaces, channels and members, created on first sight.
 *
 * <p>Each lookup is one statement that inserts only when the row is missing, so a busy workspace
 * does not rewrite its rows on every event.
 */
public interface Directory {

  @SqlQuery(
      """
      with inserted as (
        insert into workspace (platform, external_id) values (:platform, :externalId)
        on conflict (platform, external_id) do nothing returning id)
      select id from inserted
      union all
      select id from workspace where platform = :platform and external_id = :externalId
      limit 1
      """)
  long workspaceId(@Bind("platform") String platform, @Bind("externalId") String externalId);

  default long workspaceId(WorkspaceRef workspace) {
    return workspaceId(workspace.platform().key(), workspace.externalId());
  }

  @SqlQuery(
      """
      with inserted as (
        insert into channel (workspace_id, external_id) values (:workspaceId, :externalId)
        on conflict (workspace_id, external_id) do nothing returning id)
      select id from inserted
      union all
      select id from channel where workspace_id = :workspaceId and external_id = :externalId
      limit 1
      """)
  long channelId(@Bind("workspaceId") long workspaceId, @Bind("externalId") String externalId);

  default long channelId(long workspaceId, ChannelId channel) {
    return channelId(workspaceId, channel.value());
  }

  @SqlQuery(
      """
      with inserted as (
        insert into member (workspace_id, external_id) values (:workspaceId, :externalId)
        on conflict (workspace_id, external_id) do nothing returning id)
      select id from inserted
      union all
      select id from member where workspace_id = :workspaceId and external_id = :externalId
      limit 1
      """)
  long memberId(@Bind("workspaceId") long workspaceId, @Bind("externalId") String externalId);

  default Long memberIdOrNull(long workspaceId, MemberId member) {
    return member == null ? null : memberId(workspaceId, member.value());
  }

  @SqlUpdate(
      """
      update workspace
         set time_zone = :zone,
             settings = jsonb_set(settings, '{shadow}', to_jsonb(:shadow))
       where id = :id
      """)
  void configureWorkspace(
      @Bind("id") long workspaceId, @Bind("zone") String zone, @Bind("shadow") boolean shadow);

  /**
   * Applies seeded policy to a channel described for the first time; returns whether it did. It
   * only ever marks a channel urgent, so that an urgent flag the configuration file set on a
   * channel before its first description stays.
   */
  @SqlUpdate("update channel set urgent = urgent or :urgent where id = :id and name is null")
  boolean seedChannel(@Bind("id") long channelId, @Bind("urgent") boolean urgent);

  @SqlUpdate(
      "update channel set name = :name, archived = :archived, updated_at = now() where id = :id")
  void describeChannel(
      @Bind("id") long channelId, @Bind("name") String name, @Bind("archived") boolean archived);

  @SqlUpdate(
      """
      update member
         set time_zone = case when time_zone_chosen then time_zone
                              else coalesce(:timeZone, time_zone) end,
             is_bot = :bot,
             deleted = :deleted, updated_at = now()
      where id = :id
      """)
  void describeMember(
      @Bind("id") long memberId,
      @Bind("timeZone") String timeZone,
      @Bind("bot") boolean bot,
      @Bind("deleted") boolean deleted);
}
