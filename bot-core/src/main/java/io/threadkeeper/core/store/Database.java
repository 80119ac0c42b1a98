package io.threadkeeper.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The application's PostgreSQL database: a HikariCP pool, the Flyway schema and a Jdbi on top.
 *
 * <p>Thread-safe; close it once at shutdown.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = configure(Jdbi.create(dataSource));
  }

  /** Opens a pool of at most {@code poolSize} connections; does not migrate. */
  public static Database open(DatabaseSettings settings, int poolSize, String poolName) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    if (settings.user() != null) {
      config.setUsername(settings.user());
    }
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(poolName);
    config.setConnectionTimeout(10_000);
    // Fail fast and quietly when the server is not there; callers decide whether to retry.
    config.setInitializationFailTimeout(-1);
    return new Database(new HikariDataSource(config));
  }

  /** The Jdbi configuration every store relies on. */
  public static Jdbi configure(Jdbi jdbi) {
    return jdbi.installPlugin(new SqlObjectPlugin())
        .installPlugin(new PostgresPlugin())
        .registerArgument(new InstantsAsTimestamptz.Binder())
        .registerColumnMapper(Instant.class, InstantsAsTimestamptz.MAPPER);
  }

  /** Brings the schema up to date; returns how many migrations ran. */
  public int migrate() {
    return migrate(dataSource);
  }

  public static int migrate(DataSource dataSource) {
    return flyway(dataSource).migrate().migrationsExecuted;
  }

  /** Flyway over this build's migrations, e.g. to ask whether a database is up to date. */
  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
