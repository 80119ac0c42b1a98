package io.threadkeeper.core.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of {@code /async forget-me}: every place a member's platform id is kept is either
 * cleared or rewritten to a pseudonym. Ids in JSON are matched as whole JSON strings ({@code
 * "U123"}), so one member's id never rewrites part of another's. The SQL is in the {@code .sql}
 * files beside it.
 */
@UseClasspathSqlLocator
public interface Erasure {

  @SqlUpdate
  int pseudonymiseMember(@Bind("memberId") long memberId, @Bind("pseudonym") String pseudonym);

  @SqlUpdate
  int deleteTallies(@Bind("memberId") long memberId);

  @SqlUpdate
  int pseudonymiseAudit(
      @Bind("workspaceId") long workspaceId,
      @Bind("externalId") String externalId,
      @Bind("pseudonym") String pseudonym);

  /** Messages not yet sent to the member can no longer reach them. */
  @SqlUpdate
  int dropUnsentOutbox(
      @Bind("workspaceId") long workspaceId, @Bind("externalId") String externalId);

  @SqlUpdate
  int pseudonymiseOutbox(
      @Bind("workspaceId") long workspaceId,
      @Bind("externalId") String externalId,
      @Bind("pseudonym") String pseudonym);

  @SqlUpdate
  int pseudonymiseInbox(
      @Bind("workspaceKey") String workspaceKey,
      @Bind("externalId") String externalId,
      @Bind("pseudonym") String pseudonym);

  @SqlUpdate
  int pseudonymiseThreadNorms(
      @Bind("workspaceId") long workspaceId,
      @Bind("externalId") String externalId,
      @Bind("pseudonym") String pseudonym);

  @SqlUpdate
  int dropPendingAsks(@Bind("memberId") long memberId);

  /** The member who installed the app, if it was them. */
  @SqlUpdate
  int pseudonymiseInstaller(
      @Bind("workspaceKey") String workspaceKey,
      @Bind("externalId") String externalId,
      @Bind("pseudonym") String pseudonym);
}
