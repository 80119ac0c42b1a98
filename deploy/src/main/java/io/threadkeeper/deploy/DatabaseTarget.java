package io.threadkeeper.deploy;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.PostgresServer;
import io.threadkeeper.deploy.config.ConfigFileOption;
import io.threadkeeper.deploy.config.ConfigSources;
import io.threadkeeper.deploy.config.Configuration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --database-url} and {@code --config} options and the fallback order behind them: the
 * option, {@code DATABASE_URL} (or {@code DATABASE_URL_FILE}), {@code database.url} in the
 * configuration file, else PostgreSQL on localhost:5432, else an embedded PostgreSQL whose files
 * live in {@code ~/.threadkeeper/postgres}.
 */
public final class DatabaseTarget {
  @Option(
      names = "--database-url",
      paramLabel = "URL",
      description =
          "PostgreSQL to use, e.g. postgres://user:password@host:5432/threadkeeper."
              + " Default: $DATABASE_URL, else localhost:5432, else an embedded PostgreSQL.")
  String databaseUrl;

  @Mixin ConfigFileOption config = new ConfigFileOption();

  /**
   * An open, migrated database plus the server it is on; close both when done.
   *
   * @param droppedOnClose the name of a throwaway database that closing drops, if any
   */
  public record Opened(PostgresServer server, Database database, Optional<String> droppedOnClose)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      database.close();
      try {
        droppedOnClose.ifPresent(server::dropDatabase);
      } finally {
        server.close();
      }
    }
  }

  /** A target with an explicit URL, as {@code --database-url} would give. */
  public static DatabaseTarget of(String url) {
    DatabaseTarget target = new DatabaseTarget();
    target.databaseUrl = url;
    return target;
  }

  /** Where the configuration comes from, with {@code --database-url} as an override. */
  public ConfigSources sources() {
    return ConfigSources.of(
        config.file(),
        databaseUrl == null ? Map.of() : Map.of(ConfigurationKeys.DATABASE, databaseUrl));
  }

  Optional<String> configuredUrl() {
    return Configuration.readDatabaseUrl(sources());
  }

  /**
   * The bot's own database: the configured one as it is, or {@code threadkeeper} on the located
   * server, created if missing.
   */
  public Opened openMain(PrintStream log) {
    Opened opened = openMainUnmigrated(configuredUrl(), log);
    opened.database().migrate();
    return opened;
  }

  /**
   * The bot's own database as {@link #openMain} finds it, without touching it: a configured server
   * may not answer yet, and {@code run} waits for it rather than fail.
   */
  public static Opened openMainUnmigrated(Optional<String> configuredUrl, PrintStream log) {
    PostgresServer server = locate(configuredUrl);
    DatabaseSettings settings;
    if (server.source() == PostgresServer.Source.CONFIGURED) {
      settings = server.adminDatabase();
    } else {
      server.createDatabaseIfAbsent("threadkeeper");
      settings = server.database("threadkeeper");
    }
    Database database = Database.open(settings, 4, "threadkeeper");
    log.println("Database: " + server.description() + ", database " + name(settings));
    return new Opened(server, database, Optional.empty());
  }

  /**
   * A scratch database for {@code demo} or {@code audit}, dropped and created afresh on the same
   * server, so an offline run never touches the bot's live data.
   */
  public Opened openScratch(String name, PrintStream log) {
    PostgresServer server = locate(configuredUrl());
    return open(server, server.recreateDatabase(name, null), Optional.empty(), log);
  }

  /**
   * A scratch database as {@link #openScratch} makes it, dropped again when the result is closed or
   * when opening it fails: a run with a name of its own leaves nothing behind.
   */
  public Opened openThrowaway(String name, PrintStream log) {
    PostgresServer server = locate(configuredUrl());
    try {
      return open(server, server.recreateDatabase(name, null), Optional.of(name), log);
    } catch (RuntimeException e) {
      try {
        server.dropDatabase(name);
        server.close();
      } catch (RuntimeException | IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static PostgresServer locate(Optional<String> configuredUrl) {
    Path home = Path.of(System.getProperty("user.home"), ".threadkeeper", "postgres");
    return PostgresServer.locate(configuredUrl, home);
  }

  private static Opened open(
      PostgresServer server,
      DatabaseSettings settings,
      Optional<String> droppedOnClose,
      PrintStream log) {
    Database database = Database.open(settings, 4, "threadkeeper");
    try {
      database.migrate();
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
    log.println("Database: " + server.description() + ", database " + name(settings));
    return new Opened(server, database, droppedOnClose);
  }

  private static String name(DatabaseSettings settings) {
    String url = settings.jdbcUrl().replaceAll("\\?.*$", "");
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
