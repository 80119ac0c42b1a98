package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.testing.LoopbackProxy;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.config.ConfigSources;
import io.threadkeeper.deploy.config.Configuration;
import io.threadkeeper.deploy.ops.HealthServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * {@code run} with PostgreSQL away: the node is alive at once, not ready and says why, retries with
 * one log line per attempt, connects to no platform (so nothing is acknowledged that could be
 * lost), and becomes ready when the database is back. The real operations endpoint, and a TCP proxy
 * between the node and PostgreSQL that is cut, then restored.
 */
class StartupWithoutDatabaseIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final HttpClient http = HttpClient.newHttpClient();
  private static final Duration RETRY = Duration.ofSeconds(1);

  /** A platform connection that records whether it was started. */
  private record RecordingConnection(FakeChatPlatform platform, AtomicBoolean started)
      implements PlatformConnection {
    @Override
    public String name() {
      return "discord-gateway";
    }

    @Override
    public ChatPlatform chatPlatform() {
      return platform;
    }

    @Override
    public void start() {
      started.set(true);
    }

    @Override
    public boolean isConnected() {
      return started.get();
    }

    @Override
    public void close() {}
  }

  @Test
  void notReadyWhileTheDatabaseIsAwayThenReadyWhenItReturns() throws Exception {
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    Logger startupLog = (Logger) LoggerFactory.getLogger(BotStartup.class);
    lines.start();
    startupLog.addAppender(lines);
    URI server = URI.create(postgres.settings().jdbcUrl().substring("jdbc:".length()));
    AtomicBoolean connected = new AtomicBoolean(false);
    FakeChatPlatform discord = new FakeChatPlatform(Platform.DISCORD, Clock.systemUTC());
    try (LoopbackProxy proxy = new LoopbackProxy(server.getHost(), server.getPort())) {
      proxy.cut();
      Configuration config = Configuration.read(sources(proxy));
      try (DatabaseTarget.Opened opened =
              DatabaseTarget.openMainUnmigrated(config.databaseUrl(), quiet());
          BotNode node =
              BotNode.serve(
                  config,
                  opened,
                  Clock.systemUTC(),
                  p -> List.of(new RecordingConnection(discord, connected)))) {
        CompletableFuture<Boolean> started =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return node.start();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                });

        assertThat(get(node, HealthServer.LIVENESS_PATH).statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = get(node, HealthServer.READINESS_PATH);
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body())
            .isEqualTo("database unreachable\nstarting: waiting for the database\n");
        long waitStarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.list.size() >= 2);
        Duration waited = Duration.ofNanos(System.nanoTime() - waitStarted);
        assertThat(connected).isFalse();
        assertThat(get(node, HealthServer.READINESS_PATH).statusCode()).isEqualTo(503);
        int logged = lines.list.size();

        proxy.restore();

        await()
            .atMost(Duration.ofSeconds(40))
            .untilAsserted(
                () ->
                    assertThat(get(node, HealthServer.READINESS_PATH).statusCode()).isEqualTo(200));
        assertThat(started.get()).isTrue();
        assertThat(connected).isTrue();
        // One line per attempt, and attempts are at least the interval apart: no storm.
        assertThat(logged).isLessThanOrEqualTo((int) (waited.toMillis() / RETRY.toMillis()) + 2);
        assertThat(lines.list.get(0).getFormattedMessage())
            .startsWith("the database does not answer (")
            .contains("attempt 1, next in 1 s")
            .doesNotContain("jdbc:")
            .doesNotContain(String.valueOf(proxy.port()));
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
      }
    } finally {
      startupLog.detachAppender(lines);
    }
  }

  private static ConfigSources sources(LoopbackProxy proxy) {
    DatabaseSettings direct = postgres.settings();
    String url = direct.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
    StringBuilder jdbc = new StringBuilder(url).append(url.contains("?") ? "&" : "?");
    jdbc.append("connectTimeout=2&socketTimeout=10");
    if (direct.user() != null) {
      jdbc.append("&user=").append(direct.user());
    }
    if (direct.password() != null) {
      jdbc.append("&password=").append(direct.password());
    }
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", jdbc.toString());
    env.put("DISCORD_TOKEN", "MTAx.fake.discord-token");
    env.put("THREADKEEPER_HTTP_PORT", "0");
    env.put("THREADKEEPER_HTTP_ADDRESS", "127.0.0.1");
    env.put("THREADKEEPER_DATABASE_RETRY_INTERVAL", RETRY.toSeconds() + "s");
    return new ConfigSources(Optional.empty(), env, Map.of());
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  private static HttpResponse<String> get(BotNode node, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
