package io.threadkeeper.core.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The outbox table; the SQL is in the {@code .sql} files beside it. Every state change after the
 * claim is guarded by the claim's instant, so a row taken over by another node after its lease ran
 * out is not overwritten by the node that lost it.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(OutboxRow.class)
interface OutboxStore {

  // insert.sql is run by Outbox, as a batch.

  /** Locks up to {@code limit} due pending rows of the given platforms, skipping locked ones. */
  @SqlQuery
  List<OutboxRow> claimDue(
      @Bind("now") Instant now, @Bind("platforms") String[] platforms, @Bind("limit") int limit);

  @SqlUpdate
  int markInFlight(@Bind("id") long id, @Bind("now") Instant now);

  @SqlUpdate
  int hold(@Bind("id") long id, @Bind("notBefore") Instant notBefore);

  @SqlUpdate
  int rateLimited(
      @Bind("id") long id,
      @Bind("claimedAt") Instant claimedAt,
      @Bind("notBefore") Instant notBefore,
      @Bind("error") String error);

  @SqlUpdate
  int retryLater(
      @Bind("id") long id,
      @Bind("claimedAt") Instant claimedAt,
      @Bind("notBefore") Instant notBefore,
      @Bind("error") String error);

  @SqlUpdate
  int markSent(
      @Bind("id") long id,
      @Bind("claimedAt") Instant claimedAt,
      @Bind("platformMessageId") String platformMessageId,
      @Bind("now") Instant now);

  /** Marks a row sent and keeps {@code note} (e.g. a fallback) in {@code last_error}. */
  @SqlUpdate
  int markSentNoting(
      @Bind("id") long id,
      @Bind("claimedAt") Instant claimedAt,
      @Bind("platformMessageId") String platformMessageId,
      @Bind("now") Instant now,
      @Bind("note") String note);

  @SqlUpdate
  int markFailed(
      @Bind("id") long id, @Bind("claimedAt") Instant claimedAt, @Bind("error") String error);

  /** Puts rows in flight since before {@code cutoff} back to pending; returns how many. */
  @SqlUpdate
  int recoverStale(@Bind("cutoff") Instant cutoff, @Bind("now") Instant now);
}
