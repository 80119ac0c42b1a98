package io.threadkeeper.deploy.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.deploy.run.BotRuntime;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The operations endpoint on the JDK's HTTP server: {@code /healthz} (the process answers), {@code
 * /readyz} (the database is reachable and migrated, every platform is connected) and {@code
 * /metrics} (Prometheus text format).
 *
 * <p>Thread-safe; close it once.
 */
public final class HealthServer implements AutoCloseable {
  public static final String LIVENESS_PATH = "/healthz";
  public static final String READINESS_PATH = "/readyz";
  public static final String METRICS_PATH = "/metrics";
  public static final int DEFAULT_PORT = OpsSettings.DEFAULT_PORT;

  /** Well inside a probe's timeout, so that an unreachable database answers 503, not silence. */
  static final Duration DATABASE_BUDGET = Duration.ofSeconds(2);

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<AutoCloseable> owned;

  private HealthServer(HttpServer server, ExecutorService executor, List<AutoCloseable> owned) {
    this.server = server;
    this.executor = executor;
    this.owned = owned;
  }

  /**
   * The endpoint of a running bot: readiness from its database and connections, metrics from its
   * pool, inbox and outbox. Stays up until closed or the process ends.
   */
  public static HealthServer serve(OpsSettings settings, Database database, BotRuntime bot) {
    return serve(settings, database, () -> Optional.of(bot));
  }

  /**
   * The endpoint of a bot that may not have started yet (it waits for its database): alive at once,
   * ready once the bot runs, its database is migrated and its platforms are connected.
   */
  public static HealthServer serve(
      OpsSettings settings, Database database, Supplier<Optional<BotRuntime>> bot) {
    DatabaseReadiness databaseReady = new DatabaseReadiness(database.dataSource(), DATABASE_BUDGET);
    ReadinessCheck running =
        () ->
            bot.get()
                .map(
                    b ->
                        b.disconnected().stream()
                            .map(name -> name + " not connected")
                            .reduce((a, c) -> a + "\n" + c))
                .orElse(Optional.of("starting: waiting for the database"));
    BotScrape metrics = new BotScrape(database, bot);
    return start(
        settings, List.of(databaseReady, running), metrics::scrape, databaseReady, metrics);
  }

  /** The bot's metrics once it runs; nothing before, since its counters do not exist yet. */
  private static final class BotScrape implements AutoCloseable {
    private final Database database;
    private final Supplier<Optional<BotRuntime>> bot;
    private BotMetrics metrics;

    BotScrape(Database database, Supplier<Optional<BotRuntime>> bot) {
      this.database = database;
      this.bot = bot;
    }

    synchronized String scrape() {
      if (metrics == null) {
        Optional<BotRuntime> running = bot.get();
        if (running.isEmpty()) {
          return "# the bot is starting";
        }
        metrics =
            new BotMetrics(
                    running.get().pipeline().inbox(),
                    running.get()::dispatcherStats,
                    new InboxBacklog(database.jdbi(), Clock.systemUTC()))
                .trackPool(database.dataSource());
      }
      return metrics.scrape();
    }

    @Override
    public synchronized void close() {
      if (metrics != null) {
        metrics.close();
      }
    }
  }

  /**
   * Starts listening.
   *
   * @param owned closed with the server
   * @throws IllegalStateException if the address cannot be bound, naming the settings
   */
  public static HealthServer start(
      OpsSettings settings,
      List<ReadinessCheck> readiness,
      Supplier<String> metrics,
      AutoCloseable... owned) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 0);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot listen on "
              + settings.address()
              + ":"
              + settings.port()
              + " (set "
              + OpsSettings.PORT
              + " or "
              + OpsSettings.ADDRESS
              + ")",
          e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            task -> {
              Thread thread = new Thread(task, "threadkeeper-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext(LIVENESS_PATH, exchange -> answer(exchange, 200, "ok"));
    server.createContext(READINESS_PATH, exchange -> ready(exchange, readiness));
    server.createContext(
        METRICS_PATH, exchange -> answer(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
    server.start();
    return new HealthServer(server, executor, List.of(owned));
  }

  /** The port it listens on (the real one when started on port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void ready(HttpExchange exchange, List<ReadinessCheck> readiness)
      throws IOException {
    List<String> problems =
        readiness.stream().map(ReadinessCheck::problem).flatMap(Optional::stream).toList();
    if (problems.isEmpty()) {
      answer(exchange, 200, "ready");
    } else {
      answer(exchange, 503, String.join("\n", problems));
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    answer(exchange, status, "text/plain; charset=utf-8", body);
  }

  private static void answer(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = (body + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        // Closing is best effort at shutdown; the resources hold no data.
      }
    }
  }
}
