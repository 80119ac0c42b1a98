package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ReadMarks;
import io.threadkeeper.core.store.PostgresEchoedSends;
import io.threadkeeper.core.store.WeeklyReportDelivery;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Payloads;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scheduled weekly report of a guild, from messages seen through real JDA to the embed the fake
 * Discord receives in the guild's {@code report_channel}.
 */
class DiscordReportE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeDiscord discord;
  private FakeGuild guild;
  private TestPipeline pipeline;
  private DiscordConnection connection;

  private void start(boolean reportHtml) throws Exception {
    guild =
        FakeGuild.of(
            Snowflakes.guildForShard(0, 1), "general", "reports", "reports" + Payloads.NO_FILES);
    discord = new FakeDiscord(1, guild);
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.reset();
    DiscordSettings settings =
        DiscordSettings.of("fake-token")
            .withApiUrl(discord.apiUrl())
            .withMessageContent(true)
            .withReportHtml(reportHtml);
    connection =
        new DiscordConnection(
            settings,
            pipeline.inbox(),
            new FakeDesk(),
            ReadMarks.none(),
            new PostgresEchoedSends(postgres.jdbi()),
            Clock.systemUTC());
    connection.start();
  }

  @BeforeEach
  void nothingYet() {
    connection = null;
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
      pipeline.close();
      discord.close();
    }
  }

  /**
   * Two threads this week through the gateway, the guild's report_channel set to {@code channel},
   * then the delivery due a week later; returns what the fake received.
   */
  private List<RestCall> deliverAWeekWithTwoThreads(String channel) {
    for (String text : List.of("Who has the venue keys?", "Is the wiki down for anyone else?")) {
      String id =
          discord
              .postMessage(guild, guild.channel("general"), discord.member(Snowflakes.next()), text)
              .get("id")
              .asText();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> pipeline.inboxCount("message_posted", id) == 1);
    }
    pipeline.process();
    long reports = guild.channel(channel);
    WorkspaceRef workspace = new WorkspaceRef(Platform.DISCORD, Long.toString(guild.id()));
    pipeline
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "update workspace set settings = settings || jsonb_build_object("
                            + "'report_channel', :channel) where external_id = :guild")
                    .bind("channel", Long.toString(reports))
                    .bind("guild", workspace.externalId())
                    .execute());
    discord.clearCalls();

    // A week later, the week just ended is the one with the two threads.
    Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
    assertThat(
            new WeeklyReportDelivery(pipeline.jdbi(), Clock.systemUTC())
                .deliver(workspace, nextWeek))
        .isPresent();
    pipeline.dispatcher(connection.chatPlatform()).dispatchDue();

    List<RestCall> sent = discord.calls("POST", "/channels/\\d+/messages");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path()).isEqualTo("/channels/" + reports + "/messages");
    return sent;
  }

  private static void assertTheWeeksFigures(String payloadJson) throws Exception {
    JsonNode embeds = JSON.readTree(payloadJson).path("embeds");
    assertThat(embeds).hasSize(1);
    assertThat(embeds.get(0).path("title").asText()).contains("Thread health");
    Map<String, String> fields = new HashMap<>();
    embeds
        .get(0)
        .path("fields")
        .forEach(f -> fields.put(f.path("name").asText(), f.path("value").asText()));
    assertThat(fields)
        .containsEntry("Threads started", "2")
        .containsEntry("Answered in window", "0 of 2 (0%)")
        .containsKeys("Median first reply", "Overdue open", "Trend", "Overdue open threads");
  }

  @Test
  void theWeeklyReportReachesTheReportChannelAsOneEmbedWithTheWeeksFigures() throws Exception {
    start(false);

    RestCall sent = deliverAWeekWithTwoThreads("reports").get(0);

    assertTheWeeksFigures(sent.body());
  }

  @Test
  void withReportHtmlTheEmbedCarriesTheSelfContainedHtmlReportAsAFile() throws Exception {
    start(true);

    String body = deliverAWeekWithTwoThreads("reports").get(0).body();

    assertThat(body).startsWith("--");
    assertTheWeeksFigures(FakeDiscord.payloadJson(body));
    String file = body.substring(body.indexOf("filename=\"thread-health-"));
    assertThat(file)
        .containsPattern("^filename=\"thread-health-\\d{4}-W\\d{2}\\.html\"")
        .contains("<!DOCTYPE html>", "<title>Thread health ", "<svg")
        .doesNotContain("<script", "src=\"http");
  }

  @Test
  void whereTheBotMayNotAttachFilesTheReportGoesAsItsEmbedAlone() throws Exception {
    start(true);

    RestCall sent = deliverAWeekWithTwoThreads("reports" + Payloads.NO_FILES).get(0);

    assertThat(sent.body()).doesNotContain("thread-health-");
    assertTheWeeksFigures(sent.body());
    assertThat(pipeline.outbox())
        .singleElement()
        .satisfies(row -> assertThat(row.get("state")).isEqualTo("sent"));
  }
}
