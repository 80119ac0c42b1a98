package io.threadkeeper.deploy.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.RestCall;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shaded jar, started as {@code threadkeeper run} in its own process, against a fake Discord
 * (REST + gateway) on 127.0.0.1 and a fresh PostgreSQL database.
 */
class PackagedDiscordBotE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String TOKEN = "MTAxNDI0Mg.packaged-e2e.discord-bot-token";
  private static final String PRESSURE = "can everyone jump in now? need this ASAP";
  private static final String LAST_WORDS = "pushed the fix to the staging branch";

  private FakeGuild guild;
  private FakeDiscord discord;
  private PackagedBot bot;

  @BeforeEach
  void startFakeDiscord() throws Exception {
    guild = FakeGuild.of(Snowflakes.guildForShard(0, 1), "general");
    discord = new FakeDiscord(1, guild);
  }

  @AfterEach
  void stopBotThenFake() throws Exception {
    if (bot != null) {
      bot.close();
    }
    discord.close();
  }

  @Test
  void packagedBotNudgesByDirectMessageAndStopsOnSigtermWithoutLosingAReceivedEvent()
      throws Exception {
    bot =
        PackagedBot.run(
            "discord",
            Map.of(
                "DISCORD_TOKEN", TOKEN,
                "DISCORD_API_URL", discord.apiUrl().toString(),
                "DISCORD_GATEWAY_URL", discord.gatewayUrl().toString(),
                "DATABASE_URL", PackagedBot.databaseUrl(postgres.settings())));
    await("the bot connected to the gateway")
        .atMost(Duration.ofSeconds(60))
        .until(() -> bot.log().contains("connected: ") || !bot.isAlive());
    assertThat(bot.isAlive()).as("the bot is running; its log:%n%s", bot.log()).isTrue();
    Duration connectedAfter = bot.uptime();
    long general = guild.channel("general");
    long alice = Snowflakes.next();

    String pressureId =
        discord.postMessage(guild, general, discord.member(alice), PRESSURE).get("id").asText();
    await("one direct-message nudge")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !discord.calls("POST", "/channels/\\d+/messages").isEmpty());
    await("no second nudge")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> discord.calls("POST", "/channels/\\d+/messages").size() == 1);
    List<RestCall> calls = discord.calls();
    List<RestCall> opened = discord.calls("POST", "/users/@me/channels");
    RestCall sent = discord.calls("POST", "/channels/\\d+/messages").get(0);
    assertThat(opened).hasSize(1);
    assertThat(opened.get(0).body()).contains(Long.toString(alice));
    assertThat(calls.indexOf(opened.get(0))).isLessThan(calls.indexOf(sent));
    assertThat(sent.path()).doesNotContain(Long.toString(general));

    String lastId =
        discord
            .postMessage(guild, general, discord.member(Snowflakes.next()), LAST_WORDS)
            .get("id")
            .asText();
    long stopAsked = System.nanoTime();
    bot.terminate();

    assertThat(bot.awaitExit(Duration.ofSeconds(20))).as("exit status").isZero();
    Duration stopTook = Duration.ofNanos(System.nanoTime() - stopAsked);
    await().atMost(Duration.ofSeconds(5)).until(() -> !discord.gatewayClosed().isEmpty());
    assertThat(discord.gatewayClosed())
        .as("the bot closed the gateway with a normal close code")
        .allSatisfy(
            closed -> {
              assertThat(closed.byBot()).isTrue();
              assertThat(closed.code()).isEqualTo(1000);
            });
    assertThat(PackagedBot.inboxEventKeys(postgres.settings()))
        .as("every message dispatched before SIGTERM is stored")
        .anySatisfy(key -> assertThat(key).contains(pressureId))
        .anySatisfy(key -> assertThat(key).contains(lastId));
    assertThat(bot.log())
        .contains("Threadkeeper is running")
        .doesNotContain(TOKEN, "can everyone jump in now", LAST_WORDS);
    System.out.printf(
        "packaged Discord bot: connected after %d ms, stopped %d ms after SIGTERM%n",
        connectedAfter.toMillis(), stopTook.toMillis());
  }
}
