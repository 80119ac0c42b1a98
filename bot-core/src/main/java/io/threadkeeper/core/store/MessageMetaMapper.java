package io.threadkeeper.core.store;

import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.tracker.MessageMeta;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a {@code message} row joined with its author's external id. */
public final class MessageMetaMapper implements RowMapper<MessageMeta> {
  @Override
  public MessageMeta map(ResultSet rows, StatementContext context) throws SQLException {
    String author = rows.getString("author");
    return new MessageMeta(
        new MessageKey(rows.getString("message_key")),
        new MessageKey(rows.getString("root_key")),
        author == null ? null : new MemberId(author),
        AuthorKind.valueOf(rows.getString("author_kind").toUpperCase(Locale.ROOT)),
        InstantsAsTimestamptz.MAPPER.map(rows, "posted_at", context),
        rows.getBoolean("broadcast"),
        flags(rows.getArray("flags")));
  }

  private static Set<String> flags(Array array) throws SQLException {
    return array == null ? Set.of() : Set.of((String[]) array.getArray());
  }
}
