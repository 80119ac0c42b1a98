package io.threadkeeper.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import io.threadkeeper.deploy.run.BotRuntime;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operations endpoint of a running bot, scraped over HTTP as Prometheus and Kubernetes do. */
class HealthServerIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0OPS");
  private static final OpsSettings ANY_PORT = new OpsSettings("127.0.0.1", 0);
  private static final HttpClient http = HttpClient.newHttpClient();

  /** A platform connection whose state the test switches. */
  private record SwitchableConnection(FakeChatPlatform platform, AtomicBoolean up)
      implements PlatformConnection {
    @Override
    public String name() {
      return "slack-socket-mode";
    }

    @Override
    public ChatPlatform chatPlatform() {
      return platform;
    }

    @Override
    public void start() {}

    @Override
    public boolean isConnected() {
      return up.get();
    }

    @Override
    public void close() {}
  }

  @Test
  void countersMoveAsEventsArriveAndNudgesAreSentAndTheBotIsReady() throws Exception {
    FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, Clock.systemUTC());
    AtomicBoolean up = new AtomicBoolean(true);
    try (BotRuntime bot =
            BotRuntime.start(
                postgres.database(),
                Clock.systemUTC(),
                pipeline -> List.of(new SwitchableConnection(slack, up)));
        HealthServer server = HealthServer.serve(ANY_PORT, postgres.database(), bot)) {
      assertThat(get(server, HealthServer.LIVENESS_PATH).body()).isEqualTo("ok\n");
      assertThat(get(server, HealthServer.READINESS_PATH).statusCode()).isEqualTo(200);

      MessagePosted pressure = pressureMessage("Ev0001");
      bot.pipeline().inbox().accept(pressure);
      bot.pipeline().inbox().accept(pressure);
      bot.pipeline().inbox().accept(pressureMessage("Ev0002"));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(value(metrics(server), "threadkeeper_outbox_sent_total")).isOne());
      String scrape = metrics(server);
      assertThat(value(scrape, "threadkeeper_inbox_events_total{outcome=\"accepted\"}"))
          .isEqualTo(2);
      assertThat(value(scrape, "threadkeeper_inbox_events_total{outcome=\"duplicate\"}"))
          .isEqualTo(1);
      assertThat(scrape)
          .contains("threadkeeper_inbox_pending ")
          .contains("threadkeeper_inbox_lag_seconds ")
          .contains("threadkeeper_outbox_rate_limit_waits_total ")
          .contains("hikaricp_connections_active{")
          .contains("jvm_memory_used_bytes{")
          .contains("jvm_threads_live_threads ");
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> assertThat(value(metrics(server), "threadkeeper_inbox_pending")).isZero());

      up.set(false);
      HttpResponse<String> notReady = get(server, HealthServer.READINESS_PATH);
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).isEqualTo("slack-socket-mode not connected\n");
    }
  }

  @Test
  void aDatabaseThatDoesNotAnswerMakesTheNodeUnreadyButAlive() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Database gone =
            Database.open(
                new DatabaseSettings(
                    "jdbc:postgresql://127.0.0.1:" + closedPort + "/gone", "nobody", "none"),
                1,
                "gone");
        DatabaseReadiness readiness =
            new DatabaseReadiness(gone.dataSource(), Duration.ofMillis(500));
        HealthServer server = HealthServer.start(ANY_PORT, List.of(readiness), () -> "")) {
      HttpResponse<String> answer = get(server, HealthServer.READINESS_PATH);

      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.body()).isEqualTo("database unreachable\n");
      assertThat(get(server, HealthServer.LIVENESS_PATH).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aDatabaseBehindTheMigrationsIsNotReady() throws Exception {
    String name = "tk_ops_empty_" + Long.toHexString(System.nanoTime());
    DatabaseSettings empty = postgres.server().recreateDatabase(name, null);
    try (Database database = Database.open(empty, 2, "empty");
        DatabaseReadiness readiness =
            new DatabaseReadiness(database.dataSource(), Duration.ofSeconds(10));
        HealthServer server = HealthServer.start(ANY_PORT, List.of(readiness), () -> "")) {
      HttpResponse<String> answer = get(server, HealthServer.READINESS_PATH);

      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.body()).startsWith("database not migrated");
    } finally {
      postgres.server().dropDatabase(name);
    }
  }

  private static MessagePosted pressureMessage(String key) {
    return new MessagePosted(
        WORKSPACE,
        EventKey.platform(key),
        Instant.now(),
        new ChannelId("C0GENERAL"),
        new MessageKey("1700000000.00" + key.substring(2)),
        null,
        new MemberId("U0ALICE"),
        AuthorKind.HUMAN,
        "<!here> can everyone jump in now?",
        false,
        0);
  }

  private static String metrics(HealthServer server) throws IOException, InterruptedException {
    HttpResponse<String> response = get(server, HealthServer.METRICS_PATH);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    return response.body();
  }

  /** The value of one series in the text format, e.g. {@code name{tag="v"} 2.0}. */
  private static double value(String scrape, String series) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(series) + " ([-+.0-9eE]+|NaN)$").matcher(scrape);
    assertThat(m.find()).as("series %s in%n%s", series, scrape).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private static HttpResponse<String> get(HealthServer server, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
