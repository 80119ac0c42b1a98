package io.threadkeeper.core.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements that purge a workspace the bot was removed from. Everything kept per workspace
 * hangs off its {@code workspace} row with {@code on delete cascade} (channels, members, threads,
 * message metadata, deadlines, outbox, audit log, tallies, pending asks); the inbox and the
 * installation are keyed by the workspace key and go separately. The SQL is in the {@code .sql}
 * files beside it.
 */
@UseClasspathSqlLocator
public interface WorkspaceRemoval {

  /** Every inbox row of the workspace but the one being applied, which is marked processed. */
  @SqlUpdate
  int deleteInbox(@Bind("workspaceKey") String workspaceKey, @Bind("keep") String keepEventKey);

  @SqlUpdate
  int deleteWorkspace(@Bind("platform") String platform, @Bind("externalId") String externalId);
}
