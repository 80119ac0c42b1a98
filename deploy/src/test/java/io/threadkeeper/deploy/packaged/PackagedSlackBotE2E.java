package io.threadkeeper.deploy.packaged;

import static io.threadkeeper.slack.fake.Envelopes.callback;
import static io.threadkeeper.slack.fake.Envelopes.eventsApi;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeSocketMode;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shaded jar, started as {@code threadkeeper run} in its own process, against a fake Slack (Web
 * API + Socket Mode) on 127.0.0.1 and a fresh PostgreSQL database.
 */
class PackagedSlackBotE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String BOT_TOKEN = "xoxb-4242-packaged-e2e-bot-token";
  private static final String APP_TOKEN = "xapp-1-A0TK1-4242-packaged-e2e-app-token";
  private static final String PRESSURE = "<!here> can everyone jump in now?";
  private static final String LAST_WORDS = "pushed the fix to the staging branch";

  private FakeWebApi slack;
  private FakeSocketMode socket;
  private PackagedBot bot;

  @BeforeEach
  void startFakeSlack() throws Exception {
    slack = new FakeWebApi();
    socket = new FakeSocketMode().startAndWait();
    slack.socketModeUrl(socket.url());
  }

  @AfterEach
  void stopBotThenFakes() throws Exception {
    if (bot != null) {
      bot.close();
    }
    socket.stopQuietly();
    slack.close();
  }

  @Test
  void packagedBotNudgesOverSocketModeAndStopsOnSigtermWithoutLosingAnAckedEvent()
      throws Exception {
    bot =
        PackagedBot.run(
            "slack",
            Map.of(
                "SLACK_BOT_TOKEN",
                BOT_TOKEN,
                "SLACK_APP_TOKEN",
                APP_TOKEN,
                "SLACK_API_URL",
                slack.url(),
                "DATABASE_URL",
                PackagedBot.databaseUrl(postgres.settings())));
    await("the Socket Mode connection")
        .atMost(Duration.ofSeconds(60))
        .until(() -> socket.isConnected() || !bot.isAlive());
    assertThat(bot.isAlive()).as("the bot is running; its log:%n%s", bot.log()).isTrue();
    Duration connectedAfter = bot.uptime();

    sendAndAwaitAck("env-pk-1", "EvPk01", message("C0PLAN", "U0ANA", tsNow(1), PRESSURE));
    await("one ephemeral nudge")
        .atMost(Duration.ofSeconds(30))
        .until(() -> !slack.calls("chat.postEphemeral").isEmpty());
    await("no second nudge")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> slack.calls("chat.postEphemeral").size() == 1);
    Call nudge = slack.calls("chat.postEphemeral").get(0);
    assertThat(nudge.field("user")).isEqualTo("U0ANA");
    assertThat(nudge.field("channel")).isEqualTo("C0PLAN");
    assertThat(nudge.token()).isEqualTo(BOT_TOKEN);

    sendAndAwaitAck("env-pk-2", "EvPk02", message("C0PLAN", "U0BEA", tsNow(2), LAST_WORDS));
    long stopAsked = System.nanoTime();
    bot.terminate();

    assertThat(bot.awaitExit(Duration.ofSeconds(20))).as("exit status").isZero();
    Duration stopTook = Duration.ofNanos(System.nanoTime() - stopAsked);
    await().atMost(Duration.ofSeconds(5)).until(() -> !socket.closed().isEmpty());
    assertThat(socket.closed())
        .as("the bot closed its socket with a close frame, not by dropping TCP")
        .allSatisfy(
            closed -> {
              assertThat(closed.frameReceived()).isTrue();
              assertThat(closed.code()).isEqualTo(1000);
            });
    List<String> acked = socket.ackedEventIds();
    assertThat(acked).contains("EvPk01", "EvPk02");
    assertThat(PackagedBot.inboxEventKeys(postgres.settings()))
        .as("no acknowledged event lost")
        .containsAll(acked);
    assertThat(bot.log())
        .contains("Threadkeeper is running")
        .doesNotContain(BOT_TOKEN, APP_TOKEN, "can everyone jump in now", LAST_WORDS);
    System.out.printf(
        "packaged Slack bot: connected after %d ms, stopped %d ms after SIGTERM%n",
        connectedAfter.toMillis(), stopTook.toMillis());
  }

  private void sendAndAwaitAck(
      String envelopeId, String eventId, com.fasterxml.jackson.databind.node.ObjectNode event) {
    socket.send(eventsApi(envelopeId, callback(eventId, event), 0));
    await("the ack of " + envelopeId)
        .atMost(Duration.ofSeconds(10))
        .until(() -> !socket.acks(envelopeId).isEmpty());
  }
}
