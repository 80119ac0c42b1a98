package io.threadkeeper.core.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server we may create databases on, found in a fixed order: an explicit URL (e.g.
 * {@code DATABASE_URL}), else a server on {@code localhost:5432} (as the OS user, then as {@code
 * postgres}), else an embedded PostgreSQL started for this process.
 *
 * <p>Thread-safe. Closing it stops the embedded server, if one was started.
 */
public final class PostgresServer implements AutoCloseable {
  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** How the server was found, in the order they are tried. */
  public enum Source {
    CONFIGURED,
    LOCALHOST,
    EMBEDDED
  }

  private final Source source;
  private final DatabaseSettings admin;
  private final EmbeddedPostgres embedded;

  private PostgresServer(Source source, DatabaseSettings admin, EmbeddedPostgres embedded) {
    this.source = source;
    this.admin = admin;
    this.embedded = embedded;
  }

  /**
   * Finds a server.
   *
   * @param configuredUrl an explicit database URL, if the operator gave one
   * @param embeddedDataDirectory where an embedded server keeps its files; {@code null} for a
   *     throw-away directory
   * @throws IllegalStateException with one sentence saying what to set, when none can be had
   */
  public static PostgresServer locate(Optional<String> configuredUrl, Path embeddedDataDirectory) {
    if (configuredUrl.isPresent()) {
      return new PostgresServer(
          Source.CONFIGURED, DatabaseSettings.fromUrl(configuredUrl.get()), null);
    }
    List<String> tried = new ArrayList<>();
    Optional<DatabaseSettings> local = findLocalhost(tried);
    if (local.isPresent()) {
      return new PostgresServer(Source.LOCALHOST, local.get(), null);
    }
    return startEmbedded(embeddedDataDirectory, tried);
  }

  private static Optional<DatabaseSettings> findLocalhost(List<String> tried) {
    String osUser = System.getProperty("user.name", "postgres");
    for (String user : osUser.equals("postgres") ? List.of(osUser) : List.of(osUser, "postgres")) {
      DatabaseSettings candidate = DatabaseSettings.of("localhost", 5432, "postgres", user);
      if (canConnect(candidate)) {
        return Optional.of(candidate);
      }
      tried.add("localhost:5432 as " + user);
    }
    return Optional.empty();
  }

  private static PostgresServer startEmbedded(Path dataDirectory, List<String> tried) {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException(
          "No PostgreSQL found (tried "
              + String.join(", ", tried)
              + ") and the embedded PostgreSQL cannot run as root (initdb refuses): set"
              + " DATABASE_URL (tests: TEST_DATABASE_URL) or start PostgreSQL on localhost:5432.");
    }
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (dataDirectory != null) {
        builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
      }
      EmbeddedPostgres postgres = builder.start();
      DatabaseSettings admin =
          DatabaseSettings.of("localhost", postgres.getPort(), "postgres", "postgres");
      return new PostgresServer(Source.EMBEDDED, admin, postgres);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "No PostgreSQL found (tried "
              + String.join(", ", tried)
              + ") and the embedded PostgreSQL did not start ("
              + e.getMessage()
              + "): set DATABASE_URL or start PostgreSQL on localhost:5432.",
          e);
    }
  }

  static boolean canConnect(DatabaseSettings settings) {
    try (Connection connection = connect(settings)) {
      return connection.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  static Connection connect(DatabaseSettings settings) throws SQLException {
    Properties properties = new Properties();
    if (settings.user() != null) {
      properties.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(settings.jdbcUrl(), properties);
  }

  public Source source() {
    return source;
  }

  /** Where the server is, for messages: never includes a password. */
  public String description() {
    String where = admin.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceAll("\\?.*$", "");
    return switch (source) {
      case CONFIGURED -> "the configured database (" + where + ")";
      case LOCALHOST -> "PostgreSQL on localhost:5432 (as " + admin.user() + ")";
      case EMBEDDED -> "an embedded PostgreSQL (" + where + ")";
    };
  }

  /** The database the server was configured with (for an explicit URL) or {@code postgres}. */
  public DatabaseSettings adminDatabase() {
    return admin;
  }

  /** The settings for another database on the same server, with the same login. */
  public DatabaseSettings database(String name) {
    requireName(name);
    String url = admin.jdbcUrl();
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String rest = query < 0 ? "" : url.substring(query);
    String swapped = base.substring(0, base.lastIndexOf('/') + 1) + name + rest;
    return new DatabaseSettings(swapped, admin.user(), admin.password());
  }

  /** Drops {@code name} if it exists and creates it afresh, optionally from a template. */
  public DatabaseSettings recreateDatabase(String name, String template) {
    requireName(name);
    dropDatabase(name);
    String sql = "create database " + name + (template == null ? "" : " template " + template);
    execute(sql);
    return database(name);
  }

  public void createDatabaseIfAbsent(String name) {
    requireName(name);
    try (Connection connection = connect(admin);
        var statement =
            connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      statement.setString(1, name);
      if (!statement.executeQuery().next()) {
        execute("create database " + name);
      }
    } catch (SQLException e) {
      throw failure("could not create database " + name, e);
    }
  }

  public void dropDatabase(String name) {
    requireName(name);
    execute("drop database if exists " + name + " with (force)");
  }

  private void execute(String sql) {
    try (Connection connection = connect(admin);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        what + " on " + description() + " failed: " + e.getMessage(), e);
  }

  private static void requireName(String name) {
    if (!DATABASE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "database name '" + name + "' must be lower-case letters, digits and underscores");
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
