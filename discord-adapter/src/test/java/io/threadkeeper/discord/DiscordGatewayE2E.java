package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.port.EchoedSends;
import io.threadkeeper.core.port.ReadMarks;
import io.threadkeeper.core.store.PostgresReadMarks;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Gateway trouble: resumes, fresh sessions and refusals, each with its own connection. */
class DiscordGatewayE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private FakeDiscord discord;
  private FakeGuild guild;
  private TestPipeline pipeline;
  private DiscordConnection connection;

  @BeforeEach
  void fakeDiscord() throws Exception {
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general");
    discord = new FakeDiscord(1, guild);
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.reset();
  }

  @AfterEach
  void stop() {
    if (connection != null) {
      connection.close();
    }
    discord.close();
  }

  private void connect(boolean messageContent) {
    connect(messageContent, ReadMarks.none());
  }

  private void connect(boolean messageContent, ReadMarks marks) {
    DiscordSettings settings =
        DiscordSettings.of("fake-token")
            .withApiUrl(discord.apiUrl())
            .withGatewayUrl(discord.gatewayUrl())
            .withMessageContent(messageContent);
    connection =
        new DiscordConnection(
            settings,
            pipeline.inbox(),
            new FakeDesk(),
            marks,
            EchoedSends.none(),
            Clock.systemUTC());
    connection.start();
  }

  private String post(String text) {
    ObjectNode message =
        discord.postMessage(
            guild, guild.channel("general"), discord.member(Snowflakes.next()), text);
    return message.get("id").asText();
  }

  private void awaitStored(String messageId) {
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> pipeline.inboxCount("message_posted", messageId) == 1);
  }

  private long frames(int op) {
    return discord.gatewayReceived().stream().filter(f -> f.path("op").asInt() == op).count();
  }

  @Test
  void afterClose4000JdaResumesAndReplayedEventsAreStoredOnce() {
    connect(true);
    String before = post("Agenda for Thursday?");
    awaitStored(before);

    discord.replayAlreadySentOnResume(1);
    discord.closeShard(0, 4000);
    String duringGap = post("Who books the room?");

    await().atMost(Duration.ofSeconds(15)).until(() -> frames(6) == 1);
    awaitStored(duringGap);
    JsonNode resume =
        discord.gatewayReceived().stream()
            .filter(f -> f.path("op").asInt() == 6)
            .findFirst()
            .orElseThrow();
    assertThat(resume.path("d").path("session_id").asText()).startsWith("session-");
    assertThat(pipeline.inboxCount("message_posted", before)).isEqualTo(1);
    assertThat(frames(2)).isEqualTo(1);
  }

  @Test
  void afterAnInvalidSessionJdaIdentifiesAgainAndBackfillFindsTheMessageSentInTheGap() {
    connect(true);
    String seen = post("Budget draft attached");
    awaitStored(seen);

    String missed =
        discord
            .addToHistory(
                guild,
                guild.channel("general"),
                discord.member(Snowflakes.next()),
                "Any objections?")
            .get("id")
            .asText();
    discord.invalidateSession(0);

    await().atMost(Duration.ofSeconds(20)).until(() -> frames(2) == 2);
    awaitStored(missed);
    assertThat(discord.calls("GET", "/channels/" + guild.channel("general") + "/messages"))
        .anySatisfy(call -> assertThat(call.query()).contains("after=" + seen));
  }

  @Test
  void aRestartedBotReadsWhatWasSaidWhileItWasDownFromWhereItHadReadUpTo() {
    ReadMarks marks = new PostgresReadMarks(postgres.jdbi());
    connect(true, marks);
    String seen = post("Budget draft attached");
    awaitStored(seen);
    connection.close();

    String missed =
        discord
            .addToHistory(
                guild,
                guild.channel("general"),
                discord.member(Snowflakes.next()),
                "Posted while the bot was down")
            .get("id")
            .asText();
    discord.clearCalls();
    connect(true, marks);

    awaitStored(missed);
    assertThat(discord.calls("GET", "/channels/" + guild.channel("general") + "/messages"))
        .singleElement()
        .satisfies(call -> assertThat(call.query()).contains("after=" + seen));
    assertThat(pipeline.inboxCount("message_posted", seen)).isEqualTo(1);
  }

  @Test
  void aRefusedMessageContentIntentFailsStartWithWhatToDo() {
    discord.refuseIdentifyWith(4014);

    assertThatThrownBy(() -> connect(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Discord refused the MESSAGE_CONTENT intent")
        .hasMessageContaining("Privileged Gateway Intents");
    connection = null;
  }
}
