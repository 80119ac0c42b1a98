package io.threadkeeper.core.store;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.ChannelHealth;
import io.threadkeeper.core.report.CommunityHealth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Computes thread health from thread and message metadata with SQL, so that it scales with the
 * database and not with the heap.
 *
 * <p>Thread-safe.
 */
public final class HealthQuery {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

  private static final String PER_CHANNEL = SQL.locate(HealthQuery.class, "perChannel");

  private static final String OVERALL_MEDIAN = SQL.locate(HealthQuery.class, "overallMedian");

  private final Jdbi jdbi;

  public HealthQuery(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The health of threads opened in {@code [from, to)}. */
  public CommunityHealth compute(WorkspaceRef workspace, Instant from, Instant to) {
    return jdbi.withHandle(
        handle ->
            new CommunityHealth(
                workspace.key(),
                from,
                to,
                channels(handle, workspace, from, to),
                members(handle, workspace),
                seconds(
                    bind(handle.createQuery(OVERALL_MEDIAN), workspace, from, to)
                        .mapTo(Double.class)
                        .one())));
  }

  /** The health of every thread the workspace has, from its first to its last activity. */
  public CommunityHealth computeAll(WorkspaceRef workspace) {
    Instant[] span =
        jdbi.withHandle(
            handle ->
                handle
                    .createQuery(
                        "select min(t.opened_at) as first, max(t.last_activity_at) as last"
                            + " from thread t join workspace w on w.id = t.workspace_id"
                            + " where w.platform = :platform and w.external_id = :workspace")
                    .bind("platform", workspace.platform().key())
                    .bind("workspace", workspace.externalId())
                    .map(
                        (rs, ctx) ->
                            new Instant[] {
                              ctx.findColumnMapperFor(Instant.class)
                                  .orElseThrow()
                                  .map(rs, "first", ctx),
                              ctx.findColumnMapperFor(Instant.class)
                                  .orElseThrow()
                                  .map(rs, "last", ctx)
                            })
                    .one());
    Instant from = span[0] == null ? Instant.EPOCH : span[0];
    Instant to = span[1] == null ? from : span[1];
    return compute(workspace, from, to.plusSeconds(1));
  }

  private static List<ChannelHealth> channels(
      Handle handle, WorkspaceRef workspace, Instant from, Instant to) {
    return bind(handle.createQuery(PER_CHANNEL), workspace, from, to)
        .map(
            (rs, ctx) ->
                new ChannelHealth(
                    rs.getString("external_id"),
                    rs.getString("name"),
                    rs.getBoolean("urgent"),
                    rs.getBoolean("archived"),
                    rs.getInt("threads"),
                    rs.getInt("answered"),
                    rs.getInt("ghosts"),
                    rs.getInt("replies"),
                    rs.getInt("long_threads"),
                    rs.getInt("long_without_summary"),
                    rs.getInt("resolved"),
                    rs.getInt("participants"),
                    seconds((Double) rs.getObject("median_seconds")),
                    seconds((Double) rs.getObject("p90_seconds"))))
        .list();
  }

  private static int members(Handle handle, WorkspaceRef workspace) {
    return handle
        .createQuery(
            "select count(*) from member m join workspace w on w.id = m.workspace_id"
                + " where w.platform = :platform and w.external_id = :workspace"
                + " and not m.is_bot and not m.deleted")
        .bind("platform", workspace.platform().key())
        .bind("workspace", workspace.externalId())
        .mapTo(Integer.class)
        .one();
  }

  private static org.jdbi.v3.core.statement.Query bind(
      org.jdbi.v3.core.statement.Query query, WorkspaceRef workspace, Instant from, Instant to) {
    return query
        .bind("platform", workspace.platform().key())
        .bind("workspace", workspace.externalId())
        .bind("from", from)
        .bind("to", to);
  }

  private static Duration seconds(Double seconds) {
    return seconds == null ? null : Duration.ofSeconds(Math.round(seconds));
  }
}
