package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The deadline table; the SQL is in the {@code .sql} files beside it. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(DueDeadline.class)
interface DeadlineStore {

  /** Locks up to {@code limit} due pending deadlines, earliest first, skipping locked ones. */
  @SqlQuery
  List<DueDeadline> claimDue(@Bind("now") Instant now, @Bind("limit") int limit);

  /** One JDBC batch (one round trip); per deadline, 0 if its handler rescheduled it. */
  @SqlBatch
  int[] markFired(@BindMethods List<DueDeadline> deadlines, @Bind("now") Instant now);

  @SqlUpdate
  int reschedule(@Bind("id") long id, @Bind("dueAt") Instant dueAt);

  @SqlUpdate
  int recordFailure(
      @Bind("id") long id, @Bind("retryAt") Instant retryAt, @Bind("error") String error);

  @SqlQuery
  long insert(
      @Bind("workspaceId") long workspaceId,
      @Bind("threadId") long threadId,
      @Bind("kind") String kind,
      @Bind("dueAt") Instant dueAt,
      @Bind("recipientMemberId") Long recipientMemberId,
      @Bind("now") Instant now);

  @SqlUpdate
  int cancel(@Bind("id") long id);
}
