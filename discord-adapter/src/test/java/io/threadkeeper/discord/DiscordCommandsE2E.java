package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.command.Subcommand;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Interactions;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /async} through real JDA: registration, the desk's answers as interaction callbacks. */
class DiscordCommandsE2E {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static FakeDiscord discord;
  private static FakeGuild guild;
  private static FakeDesk desk;
  private static DiscordConnection connection;
  private static String lastPut;
  private static final List<ChatEvent> inbox = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void connect() throws Exception {
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general");
    discord = new FakeDiscord(1, guild);
    desk = new FakeDesk();
    connection = connect(discord, desk);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !discord.calls("PUT", "/applications/\\d+/guilds/\\d+/commands").isEmpty());
    lastPut = discord.calls("PUT", "/applications/\\d+/guilds/\\d+/commands").get(0).body();
    discord.clearCalls();
  }

  private static DiscordConnection connect(FakeDiscord discord, FakeDesk desk) {
    DiscordSettings settings =
        DiscordSettings.of("fake-token").withApiUrl(discord.apiUrl()).withMessageContent(true);
    DiscordConnection started =
        new DiscordConnection(settings, inbox::add, desk, Clock.systemUTC());
    started.start();
    return started;
  }

  @AfterAll
  static void disconnect() {
    connection.close();
    discord.close();
  }

  @BeforeEach
  void forget() {
    await().until(() -> connection.isConnected());
    discord.clearCalls();
    desk.commands.clear();
  }

  private JsonNode callback() throws Exception {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !discord.calls("POST", "/interactions/\\d+/.+/callback").isEmpty());
    RestCall call = discord.calls("POST", "/interactions/\\d+/.+/callback").get(0);
    return JSON.readTree(call.body());
  }

  @Test
  void asyncIsRegisteredWithOneBulkOverwriteAndNotAgainWhenDiscordHasItAlready() throws Exception {
    JsonNode registered = JSON.readTree(lastPut);
    assertThat(registered).hasSize(1);
    assertThat(registered.get(0).path("name").asText()).isEqualTo("async");
    assertThat(registered.get(0).path("options").findValuesAsText("name"))
        .containsAll(Subcommand.names());

    connection.close();
    connection = connect(discord, desk);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !discord.calls("GET", "/applications/\\d+/guilds/\\d+/commands").isEmpty());

    // Whatever would follow the read follows it at once; half a second of silence settles it.
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(3))
        .until(() -> discord.calls("PUT", "/applications/\\d+/guilds/\\d+/commands").isEmpty());
  }

  @Test
  void configByANonModeratorIsRefusedEphemerallyThroughTheCallback() throws Exception {
    long member = Snowflakes.next();

    discord.slashCommand(
        guild,
        guild.channel("general"),
        member,
        false,
        Interactions.command("config", "urgent", "value", "on"));

    JsonNode reply = callback();
    assertThat(reply.path("type").asInt()).isEqualTo(4);
    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(reply.toString()).contains("Only moderators");
    assertThat(desk.commands)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.moderator()).isFalse();
              assertThat(r.command().arguments()).isEqualTo("config urgent on");
              assertThat(r.command().member().value()).isEqualTo(Long.toString(member));
            });
  }

  @Test
  void aModeratorIsRecognisedByManageServer() throws Exception {
    discord.slashCommand(
        guild,
        guild.channel("general"),
        Snowflakes.next(),
        true,
        Interactions.command("config", "urgent", "value", "on"));

    assertThat(callback().toString()).contains("Done: config");
    assertThat(desk.commands).singleElement().satisfies(r -> assertThat(r.moderator()).isTrue());
  }

  @Test
  void garbageOptionsGetAnEphemeralErrorWithTheUsage() throws Exception {
    discord.slashCommand(
        guild,
        guild.channel("general"),
        Snowflakes.next(),
        false,
        Interactions.command(null, "snooze", "duration", "banana", "colour", "blue"));

    JsonNode reply = callback();
    assertThat(reply.path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(reply.toString()).contains("Usage: /async snooze");
    assertThat(inbox).noneMatch(event -> event.type().equals("command_invoked"));
  }
}
