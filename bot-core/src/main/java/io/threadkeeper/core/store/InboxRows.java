package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Inserts many inbox rows with one statement, each row once: a row whose workspace and key are
 * already stored, or appear earlier in the same call, is not new.
 *
 * <p>Stateless and thread-safe; the caller owns the transaction.
 */
final class InboxRows {
  // One statement whatever the number of rows: arrays zipped by unnest, in the callers' order so
  // that the identity (the processor's arrival order) follows it.
  private static final String INSERT =
      """
      insert into inbox (workspace_key, event_key, event_type, payload, transient_text,
                         occurred_at, received_at)
      select workspace_key, event_key, event_type, cast(payload as jsonb), transient_text,
             occurred_at, received_at
        from unnest(cast(:workspaces as text[]), cast(:keys as text[]), cast(:types as text[]),
                    cast(:payloads as text[]), cast(:texts as text[]),
                    cast(:occurredAts as timestamptz[]), cast(:receivedAts as timestamptz[]))
             with ordinality as given(workspace_key, event_key, event_type, payload,
                                      transient_text, occurred_at, received_at, position)
       order by position
      on conflict (workspace_key, event_key) do nothing
      returning workspace_key, event_key
      """;

  /** One event as the inbox stores it, encoded on the caller's thread. */
  record Row(
      String workspace,
      String key,
      String type,
      String payload,
      String text,
      Instant occurredAt,
      Instant receivedAt) {
    Identity identity() {
      return new Identity(workspace, key);
    }
  }

  /** What the inbox is unique on. */
  record Identity(String workspace, String key) {}

  private InboxRows() {}

  /**
   * @return per row, in order, whether it was new
   */
  static List<Boolean> insert(Handle handle, List<Row> rows) {
    Set<Identity> inserted =
        new HashSet<>(
            handle
                .createQuery(INSERT)
                .bindArray("workspaces", String.class, column(rows, Row::workspace))
                .bindArray("keys", String.class, column(rows, Row::key))
                .bindArray("types", String.class, column(rows, Row::type))
                .bindArray("payloads", String.class, column(rows, Row::payload))
                .bindArray("texts", String.class, column(rows, Row::text))
                .bindArray(
                    "occurredAts", String.class, column(rows, r -> r.occurredAt().toString()))
                .bindArray(
                    "receivedAts", String.class, column(rows, r -> r.receivedAt().toString()))
                .map((result, context) -> new Identity(result.getString(1), result.getString(2)))
                .list());
    // The first row with an identity took the insert; a later one in the same call repeats it.
    List<Boolean> answers = new ArrayList<>(rows.size());
    for (Row row : rows) {
      answers.add(inserted.remove(row.identity()));
    }
    return answers;
  }

  private static List<String> column(List<Row> rows, Function<Row, String> value) {
    List<String> column = new ArrayList<>(rows.size());
    for (Row row : rows) {
      column.add(value.apply(row));
    }
    return column;
  }
}
