package io.threadkeeper.core.store;

import io.threadkeeper.core.tracker.MessageMeta;
import io.threadkeeper.core.tracker.ThreadState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What a batch of message events will read, fetched for the whole batch at once: each query takes
 * parallel arrays of keys and answers for all of them in one round trip.
 */
@RegisterRowMapper(BatchReads.StoredThreadMapper.class)
@RegisterRowMapper(BatchReads.ThreadMessageMapper.class)
@RegisterRowMapper(BatchReads.StoredKeyMapper.class)
@RegisterRowMapper(BatchReads.StoredTallyMapper.class)
@RegisterConstructorMapper(BatchReads.KnownId.class)
interface BatchReads {

  /** A stored thread: its row id, what the norms remember, its state. */
  record StoredThread(long channelId, long id, String norms, ThreadState state) {}

  /** A stored message's metadata, with the channel it is in. */
  record ThreadMessage(long channelId, MessageMeta meta) {}

  /** A key that exists in a channel. */
  record StoredKey(long channelId, String key) {}

  /** A directory row's id and external id. */
  record KnownId(long id, String externalId) {}

  /** A member's nudge tally in a channel. */
  record StoredTally(long memberId, long channelId, NormsStore.Tally tally) {}

  @SqlQuery(
      "select id, external_id from channel where workspace_id = :workspaceId"
          + " and external_id = any(:externalIds)")
  List<KnownId> channelIds(
      @Bind("workspaceId") long workspaceId, @Bind("externalIds") String[] externalIds);

  @SqlQuery(
      "select id, external_id from member where workspace_id = :workspaceId"
          + " and external_id = any(:externalIds)")
  List<KnownId> memberIds(
      @Bind("workspaceId") long workspaceId, @Bind("externalIds") String[] externalIds);

  @SqlQuery(
      """
      select t.channel_id, t.id, t.norms::text as norms,
             t.root_key, a.external_id as author, o.external_id as owner, t.state, t.reply_count,
             t.participant_count, t.opened_at, t.first_reply_at, t.last_activity_at,
             t.summary_key, t.due_at, t.root_deleted, t.resolved_at, t.resolved_via
        from unnest(cast(:channels as bigint[]), cast(:roots as text[])) as k(channel_id, root_key)
        join thread t on t.channel_id = k.channel_id and t.root_key = k.root_key
        left join member a on a.id = t.author_member_id
        left join member o on o.id = t.owner_member_id
      """)
  List<StoredThread> threads(@Bind("channels") Long[] channels, @Bind("roots") String[] roots);

  /** The messages of the given threads, each thread's in the order the tracker reads them. */
  @SqlQuery(
      """
      select m.channel_id, m.message_key, m.root_key, a.external_id as author, m.author_kind,
             m.posted_at, m.broadcast, m.flags
        from unnest(cast(:channels as bigint[]), cast(:roots as text[])) as k(channel_id, root_key)
        join message m on m.channel_id = k.channel_id and m.root_key = k.root_key
        left join member a on a.id = m.author_member_id
       order by m.channel_id, m.root_key, m.posted_at, m.message_key
      """)
  List<ThreadMessage> messages(@Bind("channels") Long[] channels, @Bind("roots") String[] roots);

  /** Which of the given message keys are stored. */
  @SqlQuery(
      """
      select m.channel_id, m.message_key as key
        from unnest(cast(:channels as bigint[]), cast(:keys as text[])) as k(channel_id, key)
        join message m on m.channel_id = k.channel_id and m.message_key = k.key
      """)
  List<StoredKey> storedMessages(@Bind("channels") Long[] channels, @Bind("keys") String[] keys);

  /** Which of the given message keys were deleted. */
  @SqlQuery(
      """
      select d.channel_id, d.message_key as key
        from unnest(cast(:channels as bigint[]), cast(:keys as text[])) as k(channel_id, key)
        join message_tombstone d on d.channel_id = k.channel_id and d.message_key = k.key
      """)
  List<StoredKey> tombstones(@Bind("channels") Long[] channels, @Bind("keys") String[] keys);

  @SqlQuery(
      """
      select n.member_id, n.channel_id, n.day, n.count
        from unnest(cast(:members as bigint[]), cast(:channels as bigint[]))
             as k(member_id, channel_id)
        join nudge_tally n on n.member_id = k.member_id and n.channel_id = k.channel_id
      """)
  List<StoredTally> nudges(@Bind("members") Long[] members, @Bind("channels") Long[] channels);

  /** Row ids for threads about to be created, taken from the table's own sequence. */
  @SqlQuery(
      "select nextval(pg_get_serial_sequence('thread', 'id')) from generate_series(1, :count)")
  List<Long> newThreadIds(@Bind("count") int count);

  final class StoredThreadMapper implements RowMapper<StoredThread> {
    private final ThreadStateMapper state = new ThreadStateMapper();

    @Override
    public StoredThread map(ResultSet rows, StatementContext c) throws SQLException {
      return new StoredThread(
          rows.getLong("channel_id"),
          rows.getLong("id"),
          rows.getString("norms"),
          state.map(rows, c));
    }
  }

  final class ThreadMessageMapper implements RowMapper<ThreadMessage> {
    private final MessageMetaMapper meta = new MessageMetaMapper();

    @Override
    public ThreadMessage map(ResultSet rows, StatementContext c) throws SQLException {
      return new ThreadMessage(rows.getLong("channel_id"), meta.map(rows, c));
    }
  }

  final class StoredKeyMapper implements RowMapper<StoredKey> {
    @Override
    public StoredKey map(ResultSet rows, StatementContext c) throws SQLException {
      return new StoredKey(rows.getLong("channel_id"), rows.getString("key"));
    }
  }

  final class StoredTallyMapper implements RowMapper<StoredTally> {
    @Override
    public StoredTally map(ResultSet rows, StatementContext c) throws SQLException {
      return new StoredTally(
          rows.getLong("member_id"),
          rows.getLong("channel_id"),
          new NormsStore.Tally(rows.getDate("day").toLocalDate(), rows.getInt("count")));
    }
  }
}
