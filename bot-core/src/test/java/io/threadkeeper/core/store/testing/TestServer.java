package io.threadkeeper.core.store.testing;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of this test JVM and its migrated template database, made once and shared
 * by every test class. The template is named after a hash of the migrations, so a changed schema
 * gets a new template, and it is built under an advisory lock, so parallel JVMs build it once.
 */
final class TestServer {
  private static final long TEMPLATE_LOCK = 0x7468_7264_6b70_7231L;
  private static TestServer instance;

  private final PostgresServer server;
  private final String template;

  private TestServer(PostgresServer server, String template) {
    this.server = server;
    this.template = template;
  }

  static synchronized TestServer get() {
    if (instance == null) {
      PostgresServer server = PostgresServer.locate(PostgresExtension.configuredUrl(), null);
      String template = "tk_template_" + migrationsHash();
      ensureTemplate(server, template);
      instance = new TestServer(server, template);
      Runtime.getRuntime().addShutdownHook(new Thread(TestServer::closeQuietly));
    }
    return instance;
  }

  PostgresServer server() {
    return server;
  }

  String template() {
    return template;
  }

  private static void ensureTemplate(PostgresServer server, String template) {
    DatabaseSettings admin = server.adminDatabase();
    try (Connection connection =
        java.sql.DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password())) {
      execute(connection, "select pg_advisory_lock(" + TEMPLATE_LOCK + ")");
      try {
        if (!exists(connection, template)) {
          // Built under another name and renamed when complete, so a failed build is never used.
          String building = template + "_building";
          DatabaseSettings settings = server.recreateDatabase(building, null);
          try (Database database = Database.open(settings, 2, "test-template")) {
            database.migrate();
          }
          execute(connection, "alter database " + building + " rename to " + template);
        }
      } finally {
        execute(connection, "select pg_advisory_unlock(" + TEMPLATE_LOCK + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare the test template database", e);
    }
  }

  private static boolean exists(Connection connection, String database) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      statement.setString(1, database);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String migrationsHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> migration : migrations()) {
        digest.update(migration.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(migration.getValue());
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map.Entry<String, byte[]>> migrations() {
    URL url = Database.class.getClassLoader().getResource("db/migration");
    if (url == null) {
      throw new IllegalStateException("no db/migration on the classpath");
    }
    try {
      if ("jar".equals(url.getProtocol())) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return read(jar.getPath("db/migration"));
        }
      }
      return read(Path.of(url.toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map.Entry<String, byte[]>> read(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().map(TestServer::entry).toList();
    }
  }

  private static Map.Entry<String, byte[]> entry(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Map.entry(file.getFileName().toString(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly() {
    try {
      instance.server.close();
    } catch (IOException e) {
      // The JVM is exiting; an embedded server that does not stop cleanly is killed with it.
    }
  }
}
