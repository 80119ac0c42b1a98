package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Interactions;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /async} through real JDA to the real command desk and pipeline on PostgreSQL: the ask form
 * from slash command to tracked thread, and answers that stay inside Discord's 3 seconds when the
 * database is slow.
 */
class DiscordInteractionsE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CALLBACK = "/interactions/\\d+/.+/callback";

  private static FakeDiscord discord;
  private static FakeGuild guild;
  private static TestPipeline pipeline;
  private static DiscordConnection connection;

  @BeforeAll
  static void connect() throws Exception {
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general");
    discord = new FakeDiscord(1, guild);
    // The desk waits long for the inbox, so that a locked table makes it slower than Discord
    // allows.
    pipeline = new TestPipeline(postgres.jdbi(), Clock.systemUTC(), Duration.ofSeconds(10));
    DiscordSettings settings =
        DiscordSettings.of("fake-token").withApiUrl(discord.apiUrl()).withMessageContent(true);
    connection =
        new DiscordConnection(settings, pipeline.inbox(), pipeline.desk(), Clock.systemUTC());
    connection.start();
  }

  @AfterAll
  static void disconnect() {
    connection.close();
    pipeline.close();
    discord.close();
  }

  @BeforeEach
  void forget() {
    pipeline.process();
    discord.clearCalls();
  }

  private static List<RestCall> callbacks() {
    return discord.calls("POST", CALLBACK);
  }

  private static JsonNode awaitCallback() throws Exception {
    await().atMost(Duration.ofSeconds(10)).until(() -> !callbacks().isEmpty());
    return JSON.readTree(callbacks().get(0).body());
  }

  private static void awaitInbox(String type, int count) {
    await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.inboxCount(type, "") >= count);
    pipeline.process();
  }

  @Test
  void askOpensAModalWhoseSubmissionIsPostedWithOwnerAndDueTimeAndTrackedAsAThread()
      throws Exception {
    long asker = Snowflakes.next();
    long owner = Snowflakes.next();
    long general = guild.channel("general");
    discord.slashCommand(
        guild,
        general,
        asker,
        false,
        Interactions.command(null, "timezone", "zone", "Asia/Kolkata"));
    awaitCallback();
    awaitInbox("command_invoked", 1);
    discord.clearCalls();

    discord.slashCommand(guild, general, asker, false, Interactions.command(null, "ask"));

    JsonNode modal = awaitCallback();
    assertThat(modal.path("type").asInt()).isEqualTo(9);
    assertThat(modal.path("data").path("custom_id").asText()).isEqualTo("ask.submit");
    assertThat(modal.path("data").findValuesAsText("custom_id"))
        .contains("background", "decision", "owner", "due");

    discord.clearCalls();
    LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(10);
    discord.modalSubmit(
        guild,
        general,
        asker,
        "ask.submit",
        Map.of(
            "background",
            "The venue doubled its price for March.",
            "decision",
            "Keep the venue or move to the library?",
            "owner",
            Long.toString(owner),
            "due",
            due.toString()));
    JsonNode taken = awaitCallback();
    assertThat(taken.path("type").asInt()).isEqualTo(4);
    assertThat(taken.path("data").path("flags").asInt() & 64).isEqualTo(64);
    awaitInbox("interaction_received", 1);
    discord.clearCalls();
    pipeline.processAndDispatch(connection.chatPlatform());

    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    Instant dueAt = due.atTime(LocalTime.of(17, 0)).atZone(kolkata).toInstant();
    String dueText =
        DateTimeFormatter.ofPattern("EEE d MMM HH:mm xxx", Locale.ENGLISH)
            .format(dueAt.atZone(kolkata));
    List<RestCall> posted = discord.calls("POST", "/channels/" + general + "/messages");
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).body())
        .contains("Request from <@" + asker + ">")
        .contains("<@" + owner + ">")
        .contains(dueText + " (Asia/Kolkata)")
        .contains("\"allowed_mentions\":{\"parse\":[\"users\"]");

    String root =
        (String)
            pipeline
                .one("select platform_message_id from outbox where kind = 'channel'")
                .get("platform_message_id");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pipeline.inboxCount("message_posted", root) == 1);
    pipeline.process();
    Map<String, Object> thread =
        pipeline.one(
            "select o.external_id as owner, a.external_id as author, t.due_at, t.state,"
                + " (select count(*) from pending_ask) as pending,"
                + " (select count(*) from deadline d where d.thread_id = t.id"
                + "   and d.state = 'pending') as checks"
                + " from thread t join member o on o.id = t.owner_member_id"
                + " join member a on a.id = t.author_member_id where t.root_key = ?",
            root);
    assertThat(thread.get("owner")).isEqualTo(Long.toString(owner));
    assertThat(thread.get("author")).isEqualTo(Long.toString(asker));
    assertThat(((Timestamp) thread.get("due_at")).toInstant()).isEqualTo(dueAt);
    assertThat(thread.get("state")).isEqualTo("open");
    assertThat(thread.get("pending")).isEqualTo(0L);
    assertThat(thread.get("checks")).isEqualTo(1L);
  }

  @Test
  void aSlowDatabaseGetsADeferralWithinThreeSecondsAndTheAnswerEditedInLater() throws Exception {
    CountDownLatch locked = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                pipeline
                    .jdbi()
                    .useTransaction(
                        h -> {
                          h.execute("lock table inbox in access exclusive mode");
                          locked.countDown();
                          h.execute("select pg_sleep(5)");
                        }));
    holder.start();
    assertThat(locked.await(5, TimeUnit.SECONDS)).isTrue();

    Instant asked = Instant.now();
    discord.slashCommand(
        guild,
        guild.channel("general"),
        Snowflakes.next(),
        false,
        Interactions.command(null, "mine"));

    JsonNode deferral = awaitCallback();
    assertThat(Duration.between(asked, callbacks().get(0).at())).isLessThan(Duration.ofSeconds(3));
    assertThat(deferral.path("type").asInt()).isEqualTo(5);
    assertThat(deferral.path("data").path("flags").asInt() & 64).isEqualTo(64);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !discord.calls("PATCH", "/webhooks/\\d+/.+/messages/@original").isEmpty());
    RestCall edit = discord.calls("PATCH", "/webhooks/\\d+/.+/messages/@original").get(0);
    assertThat(Duration.between(asked, edit.at())).isGreaterThan(Duration.ofSeconds(4));
    assertThat(edit.path()).contains("/webhooks/" + discord.applicationId + "/interaction-token-");
    assertThat(edit.body()).contains("On it");
    assertThat(callbacks()).hasSize(1);
    holder.join();
  }
}
