package io.threadkeeper.core.store.testing;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own fresh, migrated PostgreSQL database, copied from a migrated template
 * so that it takes milliseconds. The server is {@code TEST_DATABASE_URL} if set, else
 * localhost:5432, else an embedded PostgreSQL (see {@link PostgresServer#locate}).
 *
 * <p>Use as {@code @RegisterExtension static final PostgresExtension postgres = new
 * PostgresExtension();}. Databases are dropped after the class.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {
  private String databaseName;
  private DatabaseSettings settings;
  private Database database;

  @Override
  public void beforeAll(ExtensionContext context) {
    TestServer server = TestServer.get();
    databaseName = "tk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    settings = server.server().recreateDatabase(databaseName, server.template());
    database =
        Database.open(settings, 8, "test-" + context.getDisplayName().toLowerCase(Locale.ROOT));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (database != null) {
      database.close();
    }
    if (databaseName != null) {
      TestServer.get().server().dropDatabase(databaseName);
    }
  }

  public Database database() {
    return database;
  }

  public Jdbi jdbi() {
    return database.jdbi();
  }

  /** The database's settings, for code under test that opens its own pool. */
  public DatabaseSettings settings() {
    return settings;
  }

  /** The server this database lives on, e.g. to create more databases. */
  public PostgresServer server() {
    return TestServer.get().server();
  }

  /** Runs a statement outside any pool, e.g. to terminate connections. */
  public void execute(String sql) {
    try (Connection connection =
            java.sql.DriverManager.getConnection(
                settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Optional<String> configuredUrl() {
    return Optional.ofNullable(System.getenv("TEST_DATABASE_URL")).filter(s -> !s.isBlank());
  }
}
