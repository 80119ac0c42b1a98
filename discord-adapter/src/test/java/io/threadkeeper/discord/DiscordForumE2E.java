package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Interactions;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Forum posts through real JDA and the whole pipeline, in simulated time: the injected clock moves,
 * the deadline sweep and the dispatcher run by hand, and the fake Discord says what was sent.
 */
class DiscordForumE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private SettableClock clock;
  private FakeDiscord discord;
  private FakeGuild guild;
  private TestPipeline pipeline;
  private DiscordConnection connection;

  private void start(Instant at) throws Exception {
    clock = new SettableClock(at);
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general").withForum("help");
    discord = new FakeDiscord(1, guild);
    pipeline = new TestPipeline(postgres.jdbi(), clock, Duration.ofSeconds(2));
    pipeline.reset();
    DiscordSettings settings =
        DiscordSettings.of("fake-token").withApiUrl(discord.apiUrl()).withMessageContent(true);
    connection = new DiscordConnection(settings, pipeline.inbox(), pipeline.desk(), clock);
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

  private void moveTo(Instant at) {
    clock.advance(Duration.between(clock.instant(), at));
  }

  private void awaitStored(String type, String keyPart) {
    await().atMost(Duration.ofSeconds(10)).until(() -> pipeline.inboxCount(type, keyPart) == 1);
    pipeline.process();
  }

  private List<RestCall> sentInto(long thread) {
    return discord.calls("POST", "/channels/" + thread + "/messages");
  }

  private void sweepAndDispatch() {
    pipeline.sweep();
    pipeline.dispatcher(connection.chatPlatform()).dispatchDue();
  }

  @Test
  void anUnansweredForumPostGetsOneReminderInTheThreadInsideItsOwnersWorkingHours()
      throws Exception {
    // Friday 16:30 UTC = 11:30 in New York; the owner works Mon-Fri 09:00-17:00 there.
    start(Instant.parse("2026-03-06T16:30:00Z"));
    long owner = Snowflakes.next();
    discord.slashCommand(
        guild,
        guild.channel("general"),
        owner,
        false,
        Interactions.command(null, "timezone", "zone", "America/New_York"));
    awaitStored("command_invoked", "");
    ObjectNode author = discord.member(owner);
    long post =
        discord.forumPost(
            guild,
            guild.forum("help"),
            author,
            "Printer on the 2nd floor",
            "Who knows how to add the 2nd floor printer?",
            clock.instant());
    awaitStored("message_posted", Long.toString(post));
    assertThat(pipeline.one("select count(*) as n from thread where root_key = ?", "" + post))
        .containsEntry("n", 1L);

    // The window (one working day of the owner's) ends Monday 11:30 New York time; the sweep first
    // runs at Monday 23:00 there, when the owner is off.
    moveTo(Instant.parse("2026-03-10T03:00:00Z"));
    sweepAndDispatch();
    moveTo(Instant.parse("2026-03-10T09:30:00Z"));
    sweepAndDispatch();
    assertThat(sentInto(post)).isEmpty();

    moveTo(Instant.parse("2026-03-10T13:01:00Z"));
    sweepAndDispatch();
    List<RestCall> reminders = sentInto(post);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).body())
        .contains("A thread you own is waiting for a reply")
        .contains("<@" + owner + ">");

    moveTo(Instant.parse("2026-03-10T15:00:00Z"));
    sweepAndDispatch();
    assertThat(sentInto(post)).hasSize(1);
    assertThat(
            pipeline.one(
                "select count(*) as n from outbox where purpose = 'reminder' and thread_root_key = ?",
                "" + post))
        .containsEntry("n", 1L);
  }

  @Test
  void aForumPostWithSixParticipantsGetsOneSummaryPromptWithAPostSummaryButton() throws Exception {
    Instant start = Instant.parse("2026-03-11T10:00:00Z");
    start(start);
    long post =
        discord.forumPost(
            guild,
            guild.forum("help"),
            discord.member(Snowflakes.next()),
            "Spring meetup venue",
            "Where do we hold the spring meetup?",
            start);
    awaitStored("message_posted", Long.toString(post));
    for (int i = 1; i <= 6; i++) {
      Instant at = start.plus(Duration.ofMinutes(i));
      moveTo(at);
      ObjectNode reply =
          discord.postMessageAt(
              guild, post, discord.member(Snowflakes.next()), "The library, maybe? " + i, at);
      awaitStored("message_posted", reply.get("id").asText());
    }

    moveTo(start.plus(Duration.ofMinutes(10)));
    sweepAndDispatch();
    moveTo(start.plus(Duration.ofHours(3)));
    sweepAndDispatch();

    List<RestCall> prompts = sentInto(post);
    assertThat(prompts).hasSize(1);
    assertThat(prompts.get(0).body())
        .contains("Could you post a summary?")
        .contains("\"label\":\"Post summary\"")
        .contains("\"custom_id\":\"summary.post|\"");
  }

  /** A forum post with a reply, both through the gateway: thread, two message rows, a deadline. */
  private ObjectNode postWithReply(Instant start) {
    long post =
        discord.forumPost(
            guild,
            guild.forum("help"),
            discord.member(Snowflakes.next()),
            "Badge printer",
            "Who can print badges for Friday?",
            start);
    awaitStored("message_posted", Long.toString(post));
    moveTo(start.plus(Duration.ofMinutes(5)));
    ObjectNode reply =
        discord.postMessageAt(
            guild, post, discord.member(Snowflakes.next()), "Ask the front desk?", clock.instant());
    awaitStored("message_posted", reply.get("id").asText());
    assertThat(count("select count(*) as n from message where root_key = ?", "" + post))
        .isEqualTo(2);
    assertThat(count("select count(*) as n from thread where root_key = ?", "" + post))
        .isEqualTo(1);
    assertThat(count("select count(*) as n from deadline where state = 'pending'")).isPositive();
    return reply;
  }

  private long count(String sql, Object... arguments) {
    return (Long) pipeline.one(sql, arguments).get("n");
  }

  private ObjectNode deletion(long channel) {
    ObjectNode delete = JsonNodeFactory.instance.objectNode();
    delete.put("channel_id", Long.toString(channel)).put("guild_id", Long.toString(guild.id()));
    return delete;
  }

  private void assertGoneForGood(ObjectNode reply) {
    long post = reply.get("channel_id").asLong();
    assertThat(count("select count(*) as n from message where root_key = ?", "" + post)).isZero();
    assertThat(
            count(
                "select count(*) as n from message_tombstone where message_key in (?, ?)",
                "" + post,
                reply.get("id").asText()))
        .isEqualTo(2);
    assertThat(count("select count(*) as n from thread where root_key = ?", "" + post)).isZero();
    assertThat(count("select count(*) as n from deadline where state = 'pending'")).isZero();

    // A replayed MESSAGE_CREATE, and one overtaken by its own deletion, bring nothing back.
    discord.dispatch(guild, "MESSAGE_CREATE", reply.deepCopy());
    ObjectNode overtaken = reply.deepCopy().put("id", Long.toString(Snowflakes.next()));
    discord.dispatch(
        guild, "MESSAGE_DELETE", deletion(post).put("id", overtaken.get("id").asText()));
    discord.dispatch(guild, "MESSAGE_CREATE", overtaken);
    awaitStored("message_posted", overtaken.get("id").asText());
    assertThat(pipeline.inboxCount("message_posted", reply.get("id").asText())).isEqualTo(1);
    assertThat(
            count(
                "select count(*) as n from message where channel_id in (select channel_id from message_tombstone)"))
        .isZero();
    assertThat(count("select count(*) as n from thread where root_key = ?", "" + post)).isZero();
  }

  @Test
  void deletingAForumPostAndItsReplyRemovesTheirMessagesThreadAndDeadlines() throws Exception {
    Instant start = Instant.parse("2026-03-11T10:00:00Z");
    start(start);
    ObjectNode reply = postWithReply(start);
    long post = reply.get("channel_id").asLong();

    for (String id : List.of(Long.toString(post), reply.get("id").asText())) {
      discord.dispatch(guild, "MESSAGE_DELETE", deletion(post).put("id", id));
      awaitStored("message_deleted", id);
    }

    assertGoneForGood(reply);
  }

  @Test
  void aBulkDeleteOfAForumPostRemovesItsMessagesThreadAndDeadlines() throws Exception {
    Instant start = Instant.parse("2026-03-11T10:00:00Z");
    start(start);
    ObjectNode reply = postWithReply(start);
    String post = reply.get("channel_id").asText();
    String answer = reply.get("id").asText();

    ObjectNode bulk = deletion(Long.parseLong(post));
    bulk.putArray("ids").add(post).add(answer);
    discord.dispatch(guild, "MESSAGE_DELETE_BULK", bulk);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                pipeline.inboxCount("message_deleted", post)
                        + pipeline.inboxCount("message_deleted", answer)
                    == 2);
    pipeline.process();

    assertGoneForGood(reply);
  }
}
