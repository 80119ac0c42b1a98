package io.threadkeeper.core.store;

import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * What the bot decided to send in a workspace, from the outbox: for the demo, the audit and the
 * report's shadow-mode section. Thread-safe.
 */
public final class EffectLog {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

  private final Jdbi jdbi;

  public EffectLog(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One decided message. */
  public record Entry(
      String kind,
      String state,
      String channel,
      String recipient,
      Instant deliverAt,
      String recipientZone,
      String title,
      String reason) {}

  /** How many messages of each kind, in the order of first delivery. */
  public Map<String, Integer> countsByKind(WorkspaceRef workspace) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbi.useHandle(
        handle ->
            handle
                .createQuery(SQL.locate(EffectLog.class, "countsByKind"))
                .bind("platform", workspace.platform().key())
                .bind("workspace", workspace.externalId())
                .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getInt("count")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
    return counts;
  }

  /** The first {@code limit} messages by delivery time. */
  public List<Entry> first(WorkspaceRef workspace, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SQL.locate(EffectLog.class, "first"))
                .bind("platform", workspace.platform().key())
                .bind("workspace", workspace.externalId())
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Entry(
                            rs.getString("kind"),
                            rs.getString("state"),
                            rs.getString("channel"),
                            rs.getString("recipient_key"),
                            InstantsAsTimestamptz.MAPPER.map(rs, "not_before", ctx),
                            rs.getString("zone"),
                            rs.getString("title"),
                            rs.getString("reason")))
                .list());
  }
}
