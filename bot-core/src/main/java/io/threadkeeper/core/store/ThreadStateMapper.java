package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code thread} row joined with its author's and owner's external ids. */
public final class ThreadStateMapper implements RowMapper<ThreadState> {
  @Override
  public ThreadState map(ResultSet rows, StatementContext context) throws SQLException {
    String summary = rows.getString("summary_key");
    return new ThreadState(
        new MessageKey(rows.getString("root_key")),
        member(rows.getString("author")),
        member(rows.getString("owner")),
        ThreadStatus.fromKey(rows.getString("state")),
        rows.getInt("reply_count"),
        rows.getInt("participant_count"),
        instant(rows, "opened_at", context),
        instant(rows, "first_reply_at", context),
        instant(rows, "last_activity_at", context),
        summary == null ? null : new MessageKey(summary),
        instant(rows, "due_at", context),
        rows.getBoolean("root_deleted"),
        instant(rows, "resolved_at", context),
        rows.getString("resolved_via"));
  }

  private static MemberId member(String externalId) {
    return externalId == null ? null : new MemberId(externalId);
  }

  private static Instant instant(ResultSet rows, String column, StatementContext context)
      throws SQLException {
    return InstantsAsTimestamptz.MAPPER.map(rows, column, context);
  }
}
