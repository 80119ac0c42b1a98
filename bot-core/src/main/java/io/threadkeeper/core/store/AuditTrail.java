package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The audit log: moderator actions, denials and erasures, who did what to what and the outcome. The
 * SQL is in the {@code .sql} files beside it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(AuditTrail.Entry.class)
public interface AuditTrail {

  /** One audit row as the {@code audit-log} command shows it. */
  record Entry(Instant at, String actor, String action, String target, String outcome) {}

  /**
   * @param detail a JSON object, e.g. the old and new value of a setting
   */
  @SqlUpdate
  void record(
      @Bind("workspaceId") long workspaceId,
      @Bind("at") Instant at,
      @Bind("actor") String actor,
      @Bind("action") String action,
      @Bind("target") String target,
      @Bind("outcome") String outcome,
      @Bind("detail") String detail);

  @SqlQuery
  List<Entry> latest(@Bind("workspaceId") long workspaceId, @Bind("limit") int limit);
}
