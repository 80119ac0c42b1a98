package io.threadkeeper.core.store.testing;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Searches a whole schema for a value, for the erasure tests. */
public final class StoredValues {
  private StoredValues() {}

  /**
   * Every text, JSON and array column of every table in the current schema that holds {@code value}
   * somewhere in its text, as {@code table.column}.
   */
  public static List<String> placesHolding(Jdbi jdbi, String value) {
    List<Map<String, Object>> columns =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select table_name, column_name from information_schema.columns"
                            + " where table_schema = current_schema()"
                            + " and data_type in ('text', 'character varying', 'jsonb', 'json',"
                            + " 'ARRAY')")
                    .mapToMap()
                    .list());
    if (columns.isEmpty()) {
      throw new IllegalStateException("the schema has no text columns to search");
    }
    return columns.stream()
        .filter(c -> holds(jdbi, c.get("table_name"), c.get("column_name"), value))
        .map(c -> c.get("table_name") + "." + c.get("column_name"))
        .toList();
  }

  private static boolean holds(Jdbi jdbi, Object table, Object column, String value) {
    return jdbi.withHandle(
            h ->
                h.createQuery(
                        "select count(*) from " + table + " where " + column + "::text like :p")
                    .bind("p", "%" + value + "%")
                    .mapTo(Long.class)
                    .one())
        > 0;
  }
}
