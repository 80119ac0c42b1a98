package io.threadkeeper.deploy.bench;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.port.SendOutcome;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.config.ConfigSources;
import io.threadkeeper.deploy.config.Configuration;
import io.threadkeeper.deploy.ops.HealthServer;
import io.threadkeeper.deploy.run.BotNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up to ready: from reading the configuration to the first {@code /readyz} 200, on a migrated
 * database, composed as {@code run} composes it (configuration, pool, operations endpoint,
 * migration check, Quartz, inbox processor). The platform is a stand-in that is connected at once,
 * so the figure excludes the Slack or Discord handshake, which is the network's time.
 */
final class StartupBench {
  private static final Duration POLL = Duration.ofMillis(10);
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  private final String databaseUrl;
  private final HttpClient http = HttpClient.newHttpClient();

  StartupBench(DatabaseSettings migrated) {
    this.databaseUrl = urlOf(migrated);
  }

  /** One start to ready, in seconds; the node is stopped afterwards. */
  double run() throws Exception {
    long started = System.nanoTime();
    Configuration config = Configuration.read(sources());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (DatabaseTarget.Opened opened =
            DatabaseTarget.openMainUnmigrated(config.databaseUrl(), quiet);
        BotNode node =
            BotNode.serve(config, opened, Clock.systemUTC(), p -> List.of(new StandIn()))) {
      node.start();
      awaitReady(node);
      return (System.nanoTime() - started) / 1e9;
    }
  }

  private void awaitReady(BotNode node) throws Exception {
    URI ready = URI.create("http://127.0.0.1:" + node.httpPort() + HealthServer.READINESS_PATH);
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<Void> answer =
          http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() == 200) {
        return;
      }
      Thread.sleep(POLL.toMillis());
    }
    throw new IllegalStateException("the node was not ready within " + GIVE_UP.toSeconds() + " s");
  }

  private ConfigSources sources() {
    return new ConfigSources(
        Optional.empty(),
        Map.of(
            "DATABASE_URL", databaseUrl,
            "DISCORD_TOKEN", "bench.stand-in.token",
            "THREADKEEPER_HTTP_PORT", "0",
            "THREADKEEPER_HTTP_ADDRESS", "127.0.0.1"),
        Map.of());
  }

  private static String urlOf(DatabaseSettings settings) {
    StringBuilder url = new StringBuilder(settings.jdbcUrl());
    char separator = settings.jdbcUrl().contains("?") ? '&' : '?';
    if (settings.user() != null) {
      url.append(separator).append("user=").append(encode(settings.user()));
      separator = '&';
    }
    if (settings.password() != null) {
      url.append(separator).append("password=").append(encode(settings.password()));
    }
    return url.toString();
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8);
  }

  /** A platform that is connected at once and is never asked to send (the outbox is empty). */
  private static final class StandIn implements PlatformConnection, ChatPlatform {
    @Override
    public String name() {
      return "stand-in";
    }

    @Override
    public ChatPlatform chatPlatform() {
      return this;
    }

    @Override
    public void start() {}

    @Override
    public boolean isConnected() {
      return true;
    }

    @Override
    public void close() {}

    @Override
    public Platform platform() {
      return Platform.DISCORD;
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
      return new SendOutcome.PermanentFailure("the start-up bench sends nothing");
    }

    @Override
    public Optional<String> findSent(OutboundMessage message) {
      return Optional.empty();
    }
  }
}
