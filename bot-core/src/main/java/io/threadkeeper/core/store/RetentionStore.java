package io.threadkeeper.core.store;

import java.time.Instant;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * One batch of the retention purge per statement: at most {@code limit} rows older than {@code
 * cutoff}, skipping rows another transaction holds, so a batch never waits on live work. The SQL is
 * in the {@code .sql} files beside it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(RetentionStore.ThreadBatch.class)
interface RetentionStore {

  /** What one batch of thread history removed. */
  record ThreadBatch(long threads, long messages, long outbox) {}

  @SqlUpdate
  int purgeInbox(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

  @SqlUpdate
  int purgeAudit(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

  @SqlUpdate
  int purgeTombstones(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

  @SqlUpdate
  int purgeOutbox(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);

  @SqlQuery
  ThreadBatch purgeThreads(@Bind("cutoff") Instant cutoff, @Bind("limit") int limit);
}
