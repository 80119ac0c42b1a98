package io.threadkeeper.core.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Lends Quartz connections from the application's pool, so that the scheduler does not open a pool
 * of its own. The pool belongs to the application: shutting Quartz down leaves it open.
 *
 * <p>Thread-safe.
 */
final class PooledConnections implements ConnectionProvider {
  private final DataSource dataSource;

  PooledConnections(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The application closes its pool itself, after the scheduler has stopped.
  }

  @Override
  public void initialize() {
    // The pool is ready when it is handed over.
  }
}
