package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A pressure nudge whose ephemeral Slack refuses because the author is not in the channel: sent
 * once as a direct message, or dropped, as configured; never retried either way.
 */
class SlackEphemeralFallbackE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String PRESSURE = "<!here> can everyone jump in now?";

  private TestPipeline pipeline;
  private SocketModeBot bot;

  @BeforeEach
  void startBotAgainstFakeSlack() throws Exception {
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.truncate();
    bot = SocketModeBot.onPipeline("fallbacktoken", pipeline, Clock.systemUTC());
  }

  @AfterEach
  void stopBotThenFakes() {
    bot.close();
    pipeline.close();
  }

  @Test
  void anEphemeralToAMemberNotInTheChannelIsSentOnceAsADirectMessage() {
    OutboxDispatcher dispatcher =
        nudgeRefusedWith("user_not_in_channel", EphemeralFallback.DIRECT_MESSAGE);

    sendForAWhile(dispatcher);

    assertThat(bot.slack.calls("chat.postEphemeral")).hasSize(1);
    List<Call> opens = bot.slack.calls("conversations.open");
    assertThat(opens).hasSize(1);
    assertThat(opens.get(0).field("users")).isEqualTo("U0ANA");
    List<Call> posts = bot.slack.calls("chat.postMessage");
    assertThat(posts).hasSize(1);
    assertThat(posts.get(0).field("channel")).isEqualTo("D0DM");
    assertThat(posts.get(0).field("text")).isNotBlank().doesNotContain("<!here>");
    assertThat(outboxRow())
        .containsEntry("state", "sent")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "user_not_in_channel_fallback_dm");
    assertThat(dispatcher.stats().failedByReason())
        .containsEntry("user_not_in_channel_fallback_dm", 1L);
  }

  @Test
  void aFailedDirectMessageEndsTheRowWithoutAnotherAttempt() {
    bot.slack.scriptOnce(
        "conversations.open",
        new FakeWebApi.Reply(200, Map.of(), "{\"ok\":false,\"error\":\"cannot_dm_bot\"}"));
    OutboxDispatcher dispatcher =
        nudgeRefusedWith("not_in_channel", EphemeralFallback.DIRECT_MESSAGE);

    sendForAWhile(dispatcher);

    assertThat(bot.slack.calls("chat.postEphemeral")).hasSize(1);
    assertThat(bot.slack.calls("conversations.open")).hasSize(1);
    assertThat(bot.slack.calls("chat.postMessage")).isEmpty();
    assertThat(outboxRow())
        .containsEntry("state", "failed")
        .containsEntry("last_error", "not_in_channel_fallback_dm_failed: cannot_dm_bot");
  }

  @Test
  void withSkipTheNudgeIsDroppedAndTheReasonRecorded() {
    OutboxDispatcher dispatcher = nudgeRefusedWith("user_not_in_channel", EphemeralFallback.SKIP);

    sendForAWhile(dispatcher);

    assertThat(bot.slack.calls("chat.postEphemeral")).hasSize(1);
    assertThat(bot.slack.calls("conversations.open")).isEmpty();
    assertThat(bot.slack.calls("chat.postMessage")).isEmpty();
    assertThat(outboxRow())
        .containsEntry("state", "failed")
        .containsEntry("last_error", "user_not_in_channel");
    assertThat(dispatcher.stats().failedByReason()).containsEntry("user_not_in_channel", 1L);
  }

  /** A pressure message from U0ANA whose nudge Slack will refuse with {@code error}. */
  private OutboxDispatcher nudgeRefusedWith(String error, EphemeralFallback fallback) {
    bot.slack.scriptOnce(
        "chat.postEphemeral",
        new FakeWebApi.Reply(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}"));
    bot.deliverEvent("EvPressure", message("C0PLAN", "U0ANA", tsNow(1), PRESSURE));
    pipeline.processor.drain();
    assertThat(pipeline.outboxStates()).containsExactly("pending");
    return pipeline.dispatcher(bot.connection.chatPlatform(), fallback);
  }

  /** Runs dispatch rounds for 1.5 s, past the retry backoff, so a retry loop would show. */
  private static void sendForAWhile(OutboxDispatcher dispatcher) {
    await()
        .during(Duration.ofMillis(1_500))
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              dispatcher.dispatchDue();
              return true;
            });
  }

  private Map<String, Object> outboxRow() {
    return postgres
        .jdbi()
        .withHandle(
            h -> h.createQuery("select state, attempts, last_error from outbox").mapToMap().one());
  }
}
