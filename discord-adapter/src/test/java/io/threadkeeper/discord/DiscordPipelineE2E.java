package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.ReadMarks;
import io.threadkeeper.core.port.SendOutcome;
import io.threadkeeper.core.store.PostgresEchoedSends;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real JDA against the fake Discord, feeding the real core pipeline; one connection for all. */
class DiscordPipelineE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static FakeDiscord discord;
  private static FakeGuild guild;
  private static TestPipeline pipeline;
  private static DiscordConnection connection;

  @BeforeAll
  static void connect() throws Exception {
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general", "urgent-ops");
    discord = new FakeDiscord(1, guild);
    pipeline = new TestPipeline(postgres.jdbi());
    DiscordSettings settings =
        DiscordSettings.of("fake-token").withApiUrl(discord.apiUrl()).withMessageContent(true);
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

  @AfterAll
  static void disconnect() throws Exception {
    connection.close();
    discord.close();
  }

  @BeforeEach
  void freshRecords() {
    // Channels were seen at connect; keep them, forget messages and what was sent.
    pipeline.process();
    discord.clearCalls();
  }

  private ObjectNode post(String channel, ObjectNode author, String text) {
    ObjectNode message = discord.postMessage(guild, guild.channel(channel), author, text);
    String id = message.get("id").asText();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pipeline.inboxCount("message_posted", id) == 1);
    pipeline.processAndDispatch(connection.chatPlatform());
    return message;
  }

  @Test
  void aPressureMessageInANormalChannelGetsOneDirectMessageNudgeToItsAuthor() {
    long alice = Snowflakes.next();

    post("general", discord.member(alice), "can everyone jump in now? need this ASAP");

    List<RestCall> calls = discord.calls();
    List<RestCall> opened = discord.calls("POST", "/users/@me/channels");
    List<RestCall> sent = discord.calls("POST", "/channels/\\d+/messages");
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).body()).contains(Long.toString(alice));
    assertThat(sent).hasSize(1);
    assertThat(calls.indexOf(opened.get(0))).isLessThan(calls.indexOf(sent.get(0)));
    assertThat(sent.get(0).path()).doesNotContain(Long.toString(guild.channel("general")));
    assertThat(sent.get(0).body())
        .contains(
            "\"nonce\"", "\"enforce_nonce\":true", "\"allowed_mentions\":{\"parse\":[\"users\"]");
  }

  @Test
  void noNudgeInAnUrgentChannel() {
    post("urgent-ops", discord.member(Snowflakes.next()), "can everyone jump in now? ASAP");

    assertThat(discord.calls("POST", "/channels/\\d+/messages")).isEmpty();
  }

  @Test
  void noNudgeForPressureInsideAQuoteOrACodeBlock() {
    post("general", discord.member(Snowflakes.next()), "> can everyone jump in now? ASAP");
    post("general", discord.member(Snowflakes.next()), "```\ncan everyone jump in now? ASAP\n```");

    assertThat(discord.calls("POST", "/users/@me/channels")).isEmpty();
    assertThat(discord.calls("POST", "/channels/\\d+/messages")).isEmpty();
  }

  @Test
  void noNudgeForABot() {
    post(
        "general",
        discord.bot(Snowflakes.next()),
        "@here deploy failed, everyone jump in now ASAP");

    assertThat(discord.calls("POST", "/channels/\\d+/messages")).isEmpty();
  }

  @Test
  void deletingATrackedMessageRemovesItsMessageRowAndThreadAndLeavesATombstone() {
    ObjectNode message = post("general", discord.member(Snowflakes.next()), "Venue for March?");
    String id = message.get("id").asText();

    ObjectNode delete = message.objectNode();
    delete
        .put("id", id)
        .put("channel_id", message.get("channel_id").asText())
        .put("guild_id", Long.toString(guild.id()));
    discord.dispatch(guild, "MESSAGE_DELETE", delete);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> pipeline.inboxCount("message_deleted", id) == 1);
    assertThat(pipeline.one("select count(*) as n from thread where root_key = ?", id))
        .containsEntry("n", 1L);
    pipeline.process();

    assertThat(pipeline.one("select count(*) as n from message where message_key = ?", id))
        .containsEntry("n", 0L);
    assertThat(pipeline.one("select count(*) as n from thread where root_key = ?", id))
        .containsEntry("n", 0L);
    assertThat(
            pipeline.one("select count(*) as n from message_tombstone where message_key = ?", id))
        .containsEntry("n", 1L);
  }

  @Test
  void aRateLimitedSendIsRetriedByJdaAndEndsAsOneMessage() {
    long alice = Snowflakes.next();
    discord.answerNext(
        "POST",
        "/channels/\\d+/messages",
        429,
        Map.of("Via", "1.1 google", "Retry-After", "1", "X-RateLimit-Scope", "user"),
        "{\"message\":\"You are being rate limited.\",\"retry_after\":1.0,\"global\":false}");

    post("general", discord.member(alice), "any update?? need this ASAP");

    assertThat(discord.calls("POST", "/channels/\\d+/messages")).hasSize(2);
    assertThat(pipeline.outbox())
        .last()
        .satisfies(row -> assertThat(row.get("state")).isEqualTo("sent"));
  }

  @Test
  void aSendWhoseNodeDiedBeforeRecordingItIsFoundByAnotherNodeThroughTheGatewayEcho() {
    String general = Long.toString(guild.channel("general"));
    long row = pipeline.claimedChannelPost(Long.toString(guild.id()), general);
    OutboundMessage message =
        new OutboundMessage(
            row,
            DiscordEventTranslator.workspace(Long.toString(guild.id())),
            Delivery.CHANNEL,
            new ChannelId(general),
            null,
            null,
            MessageBody.text("Agenda for Thursday is up."),
            null);

    SendOutcome sent = connection.chatPlatform().send(message);

    assertThat(sent).isInstanceOf(SendOutcome.Sent.class);
    String posted = ((SendOutcome.Sent) sent).platformMessageId();
    DiscordConnection otherNode =
        new DiscordConnection(
            DiscordSettings.of("fake-token").withApiUrl(discord.apiUrl()),
            pipeline.inbox(),
            new FakeDesk(),
            ReadMarks.none(),
            new PostgresEchoedSends(postgres.jdbi()),
            Clock.systemUTC());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> otherNode.chatPlatform().findSent(message).isPresent());
    assertThat(otherNode.chatPlatform().findSent(message)).contains(posted);
    otherNode.close();
  }

  @Test
  void aForbiddenSendIsRecordedAsPermanentAndNotRetried() {
    discord.answerNext(
        "POST",
        "/channels/\\d+/messages",
        403,
        Map.of(),
        "{\"code\":50007,\"message\":\"Cannot send messages to this user\"}");

    post("general", discord.member(Snowflakes.next()), "quick call? everyone jump in now");
    pipeline.processAndDispatch(connection.chatPlatform());

    assertThat(discord.calls("POST", "/channels/\\d+/messages")).hasSize(1);
    Map<String, Object> row = pipeline.outbox().get(pipeline.outbox().size() - 1);
    assertThat(row.get("state")).isEqualTo("failed");
    assertThat(row.toString()).contains("50007");
  }
}
