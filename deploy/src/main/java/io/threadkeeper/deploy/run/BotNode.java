package io.threadkeeper.deploy.run;

import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.store.SeededNorms;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.Pipeline;
import io.threadkeeper.deploy.config.Configuration;
import io.threadkeeper.deploy.ops.HealthServer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of {@code threadkeeper run}: the operations endpoint first (alive at once, not ready
 * yet), then, once the database answers, migrations, the configured norms, and the bot with its
 * retention purge and holiday refresh.
 *
 * <p>Thread-safe; close it once.
 */
public final class BotNode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BotNode.class);

  private final Configuration config;
  private final DatabaseTarget.Opened database;
  private final Clock clock;
  private final Function<Pipeline, List<PlatformConnection>> connect;
  private final BotStartup startup;
  private final HealthServer health;

  private BotNode(
      Configuration config,
      DatabaseTarget.Opened database,
      Clock clock,
      Function<Pipeline, List<PlatformConnection>> connect) {
    this.config = config;
    this.database = database;
    this.clock = clock;
    this.connect = connect;
    this.startup = new BotStartup(config.databaseRetry());
    this.health = HealthServer.serve(config.http(), database.database(), startup::bot);
  }

  /** Serves {@code /healthz}, {@code /readyz} and {@code /metrics}; the bot is not started yet. */
  public static BotNode serve(
      Configuration config,
      DatabaseTarget.Opened database,
      Clock clock,
      Function<Pipeline, List<PlatformConnection>> connect) {
    return new BotNode(config, database, clock, connect);
  }

  /**
   * Waits for the database (one log line per attempt), migrates it, applies the configured norms
   * and starts the bot; returns false when closed before the database answered.
   */
  public boolean start() throws Exception {
    boolean answered = startup.awaitDatabase(this::prepareDatabase);
    if (answered) {
      startup.started(
          BotRuntime.start(
              database.database(), clock, config.data(), config.ephemeralFallback(), connect));
    }
    return answered;
  }

  private void prepareDatabase() {
    database.database().migrate();
    if (!config.workspaces().isEmpty()) {
      int changed = new SeededNorms(database.database().jdbi(), clock).apply(config.workspaces());
      log.info("configuration file: {} workspace or channel setting(s) applied", changed);
    }
  }

  public Optional<BotRuntime> bot() {
    return startup.bot();
  }

  /** The port of the operations endpoint. */
  public int httpPort() {
    return health.port();
  }

  /** Stops waiting, then the bot, then the endpoint; the database is its owner's to close. */
  @Override
  public void close() {
    startup.close();
    startup.bot().ifPresent(BotRuntime::close);
    health.close();
  }
}
