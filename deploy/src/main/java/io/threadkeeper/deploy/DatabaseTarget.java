package io.threadkeeper.deploy;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.PostgresServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --database-url} option and the fallback order behind it: {@code DATABASE_URL}, else
 * PostgreSQL on localhost:5432, else an embedded PostgreSQL whose files live in {@code
 * ~/.threadkeeper/postgres}.
 */
public final class DatabaseTarget {
  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "PostgreSQL to use, e.g. postgres://user:password@host:5432/threadkeeper."
              + " Default: $DATABASE_URL, else localhost:5432, else an embedded PostgreSQL.")
  String databaseUrl;

  /** An open, migrated database plus the server it is on; close both when done. */
  public record Opened(PostgresServer server, Database database) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      database.close();
      server.close();
    }
  }

  /** A target with an explicit URL, as {@code --database-url} would give. */
  public static DatabaseTarget of(String url) {
    DatabaseTarget target = new DatabaseTarget();
    target.databaseUrl = url;
    return target;
  }

  Optional<String> configuredUrl() {
    return Optional.ofNullable(databaseUrl)
        .or(() -> Optional.ofNullable(System.getenv("DATABASE_URL")))
        .filter(url -> !url.isBlank());
  }

  /**
   * The bot's own database: the configured one as it is, or {@code threadkeeper} on the located
   * server, created if missing.
   */
  public Opened openMain(PrintStream log) {
    PostgresServer server = locate();
    DatabaseSettings settings;
    if (server.source() == PostgresServer.Source.CONFIGURED) {
      settings = server.adminDatabase();
    } else {
      server.createDatabaseIfAbsent("threadkeeper");
      settings = server.database("threadkeeper");
    }
    return open(server, settings, log);
  }

  /**
   * A scratch database for {@code demo} or {@code audit}, dropped and created afresh on the same
   * server, so an offline run never touches the bot's live data.
   */
  public Opened openScratch(String name, PrintStream log) {
    PostgresServer server = locate();
    return open(server, server.recreateDatabase(name, null), log);
  }

  private PostgresServer locate() {
    Path home = Path.of(System.getProperty("user.home"), ".threadkeeper", "postgres");
    return PostgresServer.locate(configuredUrl(), home);
  }

  private static Opened open(PostgresServer server, DatabaseSettings settings, PrintStream log) {
    Database database = Database.open(settings, 4, "threadkeeper");
    database.migrate();
    log.println("Database: " + server.description() + ", database " + name(settings));
    return new Opened(server, database);
  }

  private static String name(DatabaseSettings settings) {
    String url = settings.jdbcUrl().replaceAll("\\?.*$", "");
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
