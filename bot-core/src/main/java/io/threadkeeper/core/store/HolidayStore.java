package io.threadkeeper.core.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The holiday table and each workspace's calendar setting; SQL in the files beside it. */
@UseClasspathSqlLocator
@RegisterConstructorMapper(HolidayStore.WorkspaceCalendar.class)
interface HolidayStore {

  /** A workspace and the iCalendar location in its settings, or {@code null}. */
  record WorkspaceCalendar(long id, String platform, String externalId, String ical) {}

  @SqlQuery
  List<WorkspaceCalendar> workspaces();

  @SqlUpdate
  void clear(@Bind("workspaceId") long workspaceId, @Bind("source") String source);

  @SqlBatch("insert")
  void insert(
      @Bind("workspaceId") long workspaceId,
      @Bind("day") Collection<LocalDate> days,
      @Bind("source") String source);

  /**
   * Sets one key of a workspace's settings.
   *
   * @param path a Postgres text array such as <code>{holidays_ical}</code>
   * @param value the JSON value
   * @return 1 when the workspace exists
   */
  @SqlUpdate
  int configure(
      @Bind("platform") String platform,
      @Bind("externalId") String externalId,
      @Bind("path") String path,
      @Bind("value") String value);

  @SqlQuery
  List<LocalDate> dates(@Bind("workspaceId") long workspaceId);
}
