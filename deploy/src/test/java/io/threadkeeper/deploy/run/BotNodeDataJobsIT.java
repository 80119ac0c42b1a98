package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.config.ConfigSources;
import io.threadkeeper.deploy.config.Configuration;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}'s node schedules the retention purge and the holiday refresh with the configured
 * retention and holidays: both run once when the node starts.
 */
class BotNodeDataJobsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  @TempDir Path dir;

  @Test
  void theConfiguredRetentionAndHolidaysReachTheDailyJobs() throws Exception {
    Instant now = Instant.now();
    insertProcessedInboxRow("three-days-old", now.minus(Duration.ofDays(3)));
    insertProcessedInboxRow("one-day-old", now.minus(Duration.ofDays(1)));
    Configuration config = Configuration.read(sources());
    FakeChatPlatform discord = new FakeChatPlatform(Platform.DISCORD, Clock.systemUTC());

    try (DatabaseTarget.Opened opened =
            DatabaseTarget.openMainUnmigrated(config.databaseUrl(), quiet());
        BotNode node =
            BotNode.serve(
                config, opened, Clock.systemUTC(), p -> List.of(new FakeConnection(discord)))) {
      assertThat(node.start()).isTrue();

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                // The default (14 days) would keep both rows.
                assertThat(strings("select event_key from inbox")).containsExactly("one-day-old");
                assertThat(
                        strings(
                            "select w.external_id || ' ' || h.day from holiday h"
                                + " join workspace w on w.id = h.workspace_id order by h.day"))
                    .containsExactly("81234567890 2026-12-24", "81234567890 2026-12-25");
              });
    }
  }

  private ConfigSources sources() throws IOException {
    Path file = dir.resolve("threadkeeper.yaml");
    Files.writeString(
        file,
        """
        discord: {token: MTAx.fake.discord-token}
        http: {port: 0, address: 127.0.0.1}
        retention: {inbox-days: 2}
        workspaces:
          - platform: discord
            id: "81234567890"
        """);
    DatabaseSettings direct = postgres.settings();
    StringBuilder url = new StringBuilder(direct.jdbcUrl());
    url.append(direct.jdbcUrl().contains("?") ? "&" : "?").append("connectTimeout=5");
    if (direct.user() != null) {
      url.append("&user=").append(direct.user());
    }
    if (direct.password() != null) {
      url.append("&password=").append(direct.password());
    }
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", url.toString());
    env.put("THREADKEEPER_HOLIDAYS", "2026-12-25,2026-12-24");
    return new ConfigSources(Optional.of(file), env, Map.of());
  }

  private static void insertProcessedInboxRow(String key, Instant processedAt) {
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "insert into inbox (workspace_key, event_key, event_type, payload,"
                            + " occurred_at, received_at, processed_at)"
                            + " values ('discord:81234567890', :key, 'message_posted', '{}',"
                            + " :at, :at, :at)")
                    .bind("key", key)
                    .bind("at", processedAt)
                    .execute());
  }

  private static List<String> strings(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }
}
