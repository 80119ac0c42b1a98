package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Rows of {@code installation} and {@code install_state}; tokens arrive here already sealed. The
 * SQL is in the {@code .sql} files beside it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(InstallationStore.Row.class)
public interface InstallationStore {

  /** One stored installation, its token still sealed. */
  record Row(
      String workspaceKey,
      String enterpriseId,
      String appId,
      String botUserId,
      String botId,
      String scopes,
      String installerId,
      byte[] tokenSealed,
      Instant installedAt) {}

  @SqlUpdate
  void upsert(
      @Bind("workspaceKey") String workspaceKey,
      @Bind("enterpriseId") String enterpriseId,
      @Bind("appId") String appId,
      @Bind("botUserId") String botUserId,
      @Bind("botId") String botId,
      @Bind("scopes") String scopes,
      @Bind("installerId") String installerId,
      @Bind("tokenSealed") byte[] tokenSealed,
      @Bind("installedAt") Instant installedAt);

  @SqlQuery
  Optional<Row> find(@Bind("workspaceKey") String workspaceKey);

  @SqlUpdate
  int forget(@Bind("workspaceKey") String workspaceKey);

  @SqlUpdate
  void issueState(@Bind("state") String state, @Bind("expiresAt") Instant expiresAt);

  /** Deletes the state if it is still valid; 1 exactly once, even when callers race. */
  @SqlUpdate
  int consumeState(@Bind("state") String state, @Bind("now") Instant now);

  @SqlUpdate
  int dropExpiredStates(@Bind("now") Instant now);
}
