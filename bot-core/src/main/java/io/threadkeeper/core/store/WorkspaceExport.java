package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.threadkeeper.core.model.WorkspaceRef;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes everything Threadkeeper keeps about one workspace as one JSON document, for portability:
 * {@code {"format": "threadkeeper-export", "version": 1, "workspace": "slack:T1", "exported_at": …,
 * "tables": {"workspace": [rows…], "channel": […], …}}}, one object per row with the table's
 * columns (timestamps as ISO instants, JSON columns as JSON). Rows are streamed from a database
 * cursor to a streaming generator, so memory does not grow with the workspace. The inbox is left
 * out: it is a processing queue, not data of record.
 *
 * <p>Thread-safe (stateless).
 */
public final class WorkspaceExport {
  private static final int FETCH_SIZE = 1_000;

  /** Each exported table and the condition that picks the workspace's rows. */
  private static final Map<String, String> TABLES = tables();

  private WorkspaceExport() {}

  private static Map<String, String> tables() {
    Map<String, String> tables = new LinkedHashMap<>();
    tables.put("workspace", "id = ?");
    for (String table :
        List.of(
            "channel",
            "member",
            "thread",
            "message",
            "deadline",
            "outbox",
            "pending_ask",
            "audit_log",
            "holiday")) {
      tables.put(table, "workspace_id = ?");
    }
    tables.put(
        "message_tombstone", "channel_id in (select id from channel where workspace_id = ?)");
    tables.put("read_mark", "channel_id in (select id from channel where workspace_id = ?)");
    tables.put("nudge_tally", "member_id in (select id from member where workspace_id = ?)");
    tables.put("reminder_tally", "member_id in (select id from member where workspace_id = ?)");
    return tables;
  }

  /**
   * Writes {@code workspace}'s data to {@code out} (not closed).
   *
   * @return rows written per table, or empty when the database has no such workspace
   */
  public static Optional<Map<String, Long>> write(
      Jdbi jdbi, WorkspaceRef workspace, Instant at, OutputStream out) {
    return jdbi.inTransaction(
        h -> {
          Optional<Long> id =
              h.createQuery(
                      "select id from workspace where platform = :platform and external_id = :id")
                  .bind("platform", workspace.platform().key())
                  .bind("id", workspace.externalId())
                  .mapTo(Long.class)
                  .findOne();
          if (id.isEmpty()) {
            return Optional.empty();
          }
          // A cursor streams only inside a transaction with a fetch size.
          return Optional.of(write(h.getConnection(), workspace, id.get(), at, out));
        });
  }

  private static Map<String, Long> write(
      Connection connection, WorkspaceRef workspace, long id, Instant at, OutputStream out) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField("format", "threadkeeper-export");
      json.writeNumberField("version", 1);
      json.writeStringField("workspace", workspace.key());
      json.writeStringField("exported_at", at.toString());
      json.writeObjectFieldStart("tables");
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        json.writeArrayFieldStart(table.getKey());
        counts.put(table.getKey(), rows(connection, table.getKey(), table.getValue(), id, json));
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read " + workspace.key() + " for the export", e);
    }
    return counts;
  }

  private static long rows(
      Connection connection, String table, String condition, long id, JsonGenerator json)
      throws SQLException, IOException {
    String sql = "select * from " + table + " where " + condition + " order by 1";
    long count = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(FETCH_SIZE);
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        while (rows.next()) {
          json.writeStartObject();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            json.writeFieldName(columns.getColumnName(c));
            value(rows, c, columns.getColumnTypeName(c), json);
          }
          json.writeEndObject();
          count++;
        }
      }
    }
    return count;
  }

  private static void value(ResultSet rows, int column, String type, JsonGenerator json)
      throws SQLException, IOException {
    if (rows.getObject(column) == null) {
      json.writeNull();
      return;
    }
    switch (type) {
      case "jsonb", "json" -> json.writeRawValue(rows.getString(column));
      case "timestamptz", "timestamp" ->
          json.writeString(rows.getObject(column, OffsetDateTime.class).toInstant().toString());
      case "int2", "int4", "int8" -> json.writeNumber(rows.getLong(column));
      case "bool" -> json.writeBoolean(rows.getBoolean(column));
      case "_text" -> array(rows.getArray(column), json);
      default -> json.writeString(rows.getString(column));
    }
  }

  private static void array(Array array, JsonGenerator json) throws SQLException, IOException {
    json.writeStartArray();
    for (Object element : (Object[]) array.getArray()) {
      json.writeString(String.valueOf(element));
    }
    json.writeEndArray();
  }
}
