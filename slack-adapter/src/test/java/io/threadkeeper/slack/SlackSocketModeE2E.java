package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.botMessage;
import static io.threadkeeper.slack.fake.Envelopes.callback;
import static io.threadkeeper.slack.fake.Envelopes.deleted;
import static io.threadkeeper.slack.fake.Envelopes.eventsApi;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.renamed;
import static io.threadkeeper.slack.fake.Envelopes.slashCommand;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.store.Outbox;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeSocketMode;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Bolt Socket Mode client against a fake Slack on 127.0.0.1, feeding the real inbox,
 * processor, norms and outbox over PostgreSQL. Assertions are on what the fake received.
 */
class SlackSocketModeE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ACK_WAIT = Duration.ofSeconds(10);

  private FakeWebApi slack;
  private FakeSocketMode socket;
  private TestPipeline pipeline;
  private final AtomicReference<Inbox> inbox = new AtomicReference<>();
  private final FakeDesk desk = new FakeDesk();
  private SlackConnection connection;
  private OutboxDispatcher dispatcher;

  @BeforeEach
  void startBotAgainstFakeSlack() throws Exception {
    slack = new FakeWebApi();
    socket = new FakeSocketMode().startAndWait();
    slack.socketModeUrl(socket.url());
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.truncate();
    inbox.set(pipeline.inbox);
    SlackSettings settings =
        SlackSettings.socketMode("xoxb-0000-1111-e2etoken", "xapp-1-A0TK1-2222-e2etoken")
            .withApiUrl(slack.url());
    connection =
        SlackConnection.create(
            settings,
            event -> inbox.get().accept(event),
            desk,
            new PostgresMemberOverviews(postgres.jdbi()),
            Clock.systemUTC());
    connection.start();
    await().atMost(ACK_WAIT).until(socket::isConnected);
    dispatcher = pipeline.dispatcher(connection.chatPlatform());
  }

  @AfterEach
  void stopBotThenFakes() {
    // The bot first: stopped after the fakes, its monitor would keep dialling them.
    connection.close();
    pipeline.close();
    socket.stopQuietly();
    slack.close();
  }

  private void deliver(
      String envelopeId, com.fasterxml.jackson.databind.node.ObjectNode event, String eventId) {
    socket.send(eventsApi(envelopeId, callback(eventId, event), 0));
    awaitAck(envelopeId);
  }

  private JsonNode awaitAck(String envelopeId) {
    await().atMost(ACK_WAIT).until(() -> !socket.acks(envelopeId).isEmpty());
    return socket.acks(envelopeId).get(0);
  }

  @Test
  void aMessageEventIsStoredOnceAndAckedWithItsEnvelopeId() {
    socket.send(
        eventsApi("env-1", callback("Ev01", message("C0PLAN", "U0ANA", tsNow(1), "hello")), 0));

    JsonNode ack = awaitAck("env-1");

    assertThat(ack.get("envelope_id").asText()).isEqualTo("env-1");
    assertThat(pipeline.inboxRows("message_posted")).isEqualTo(1);
  }

  @Test
  void anEventDeliveredFourTimesIsStoredOnceAndEveryDeliveryIsAcked() {
    var event = callback("Ev02", message("C0PLAN", "U0ANA", tsNow(2), "retry me"));
    for (int attempt = 0; attempt <= 3; attempt++) {
      socket.send(eventsApi("env-2-" + attempt, event, attempt));
    }

    for (int attempt = 0; attempt <= 3; attempt++) {
      awaitAck("env-2-" + attempt);
    }
    assertThat(pipeline.inboxRows()).isEqualTo(1);
  }

  @Test
  void aPressureMessageInANormalChannelGetsExactlyOneEphemeralNudgeToItsAuthor() {
    deliver(
        "env-3", message("C0PLAN", "U0ANA", tsNow(3), "<!here> can everyone jump in now?"), "Ev03");

    pipeline.processAndSend(dispatcher);

    List<Call> nudges = slack.calls("chat.postEphemeral");
    assertThat(nudges).hasSize(1);
    assertThat(nudges.get(0).field("user")).isEqualTo("U0ANA");
    assertThat(nudges.get(0).field("channel")).isEqualTo("C0PLAN");
    assertThat(nudges.get(0).field("text")).doesNotContain("<!here>");
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void pressureInAnUrgentChannelInAQuoteOrFromABotGetsNoNudge() {
    deliver("env-4a", renamed("C0OPS", "urgent-ops"), "Ev04a");
    deliver(
        "env-4b",
        message("C0OPS", "U0ANA", tsNow(4), "<!here> can everyone jump in now?"),
        "Ev04b");
    deliver(
        "env-4c",
        message(
            "C0PLAN",
            "U0BEN",
            tsNow(5),
            "> can everyone jump in now?\nShe said" + " that yesterday."),
        "Ev04c");
    deliver("env-4d", botMessage("C0PLAN", tsNow(6), "<!channel> deploy failed, ASAP"), "Ev04d");

    pipeline.processAndSend(dispatcher);

    assertThat(pipeline.inboxRows()).isEqualTo(4);
    assertThat(pipeline.outboxStates()).isEmpty();
    assertThat(slack.calls("chat.postEphemeral")).isEmpty();
  }

  @Test
  void aRateLimitedPostWaitsForRetryAfterThenIsSentOnce() {
    slack.scriptOnce(
        "chat.postMessage",
        new FakeWebApi.Reply(
            429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}"));
    WorkspaceRef team = new WorkspaceRef(Platform.SLACK, FakeWebApi.TEAM);
    deliver("env-5", message("C0PLAN", "U0ANA", tsNow(12), "the workspace exists"), "Ev05");
    pipeline.processor.drain();
    postgres
        .jdbi()
        .useTransaction(
            h ->
                new Outbox(Clock.systemUTC())
                    .enqueue(
                        h,
                        OutboxEntry.toChannel(
                            team,
                            new ChannelId("C0PLAN"),
                            MessageBody.text("Weekly report"),
                            Instant.now())));

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              dispatcher.dispatchDue();
              return pipeline.outboxStates().equals(List.of("sent"));
            });

    List<Call> posts = slack.calls("chat.postMessage");
    assertThat(posts).hasSize(2);
    assertThat(Duration.between(posts.get(0).at(), posts.get(1).at()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(posts.get(1).field("metadata")).contains("threadkeeper_outbox", "outbox_id");
    await()
        .during(Duration.ofMillis(500))
        .atMost(Duration.ofSeconds(1))
        .until(
            () -> {
              dispatcher.dispatchDue();
              return slack.calls("chat.postMessage").size() == 2;
            });
  }

  @Test
  void aDroppedSocketIsReopenedWithAFreshConnectionUrlAndEventsFlowAgain() {
    deliver("env-6a", message("C0PLAN", "U0ANA", tsNow(7), "before"), "Ev06a");
    int opensBefore = slack.calls("apps.connections.open").size();

    socket.dropConnections();

    // Bolt's session monitor checks every 5 s; the reconnect lands within one period.
    await()
        .atMost(Duration.ofSeconds(12))
        .until(() -> socket.connectionsOpened() >= 2 && socket.isConnected());
    assertThat(slack.calls("apps.connections.open")).hasSizeGreaterThan(opensBefore);
    deliver("env-6b", message("C0PLAN", "U0ANA", tsNow(8), "after"), "Ev06b");
    assertThat(pipeline.inboxRows()).isEqualTo(2);
  }

  @Test
  void whenTheInboxCannotStoreTheEventIsNotAcked() {
    AtomicInteger refused = new AtomicInteger();
    inbox.set(
        event -> {
          refused.incrementAndGet();
          throw new InboxUnavailableException("database down", new IllegalStateException());
        });
    socket.send(
        eventsApi("env-7", callback("Ev07", message("C0PLAN", "U0ANA", tsNow(9), "lost?")), 0));
    await().atMost(ACK_WAIT).until(() -> refused.get() == 1);
    // A later event proves the first one was handled (in order) rather than still queued.
    inbox.set(pipeline.inbox);
    deliver("env-7b", message("C0PLAN", "U0ANA", tsNow(10), "later"), "Ev07b");

    assertThat(socket.acks("env-7")).isEmpty();
    assertThat(pipeline.inboxRows()).isEqualTo(1);
  }

  @Test
  void tenKilobytesOfGarbageAsArgumentsGetTheDesksShortErrorInTheAck() {
    String garbage = "x\u0000<!here>&".repeat(2_560);
    socket.send(slashCommand("env-8", "U0ANA", garbage));

    JsonNode ack = awaitAck("env-8");

    assertThat(desk.commands).hasSize(1);
    assertThat(desk.commands.get(0).arguments()).isEqualTo(garbage);
    JsonNode payload = ack.path("payload");
    assertThat(payload.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(payload.path("text").asText()).isNotBlank().hasSizeLessThan(500);
    assertThat(payload.toString()).doesNotContain("<!here>");
    assertThat(pipeline.inboxRows()).isZero();
  }

  @Test
  void deletingAMonthOldMessageStoresAMessageDeletedEvent() {
    String monthAgo = (Instant.now().getEpochSecond() - 30L * 24 * 3600) + ".000100";

    deliver("env-9", deleted("C0PLAN", monthAgo, tsNow(11)), "Ev09");

    assertThat(pipeline.inboxRows("message_deleted")).isEqualTo(1);
    String stored =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "select payload::text from inbox where event_type = 'message_deleted'")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).contains(monthAgo);
  }

  @Test
  void eventsHeldByARowLockGetNoAckWhileOthersAreAckedAndTheRetryMakesOneEffect() {
    var held1 = callback("EvHeld1", message("C0PLAN", "U0ANA", tsNow(21), "ASAP, quick call?"));
    Instant start = Instant.now();
    try (Handle holder = postgres.jdbi().open()) {
      holder.begin();
      holdInboxKey(holder, "EvHeld1");
      holdInboxKey(holder, "EvHeld2");
      var held2 = callback("EvHeld2", message("C0PLAN", "U0BEN", tsNow(22), "on the agenda"));
      socket.send(eventsApi("env-h1", held1, 0));
      socket.send(eventsApi("env-h2", held2, 0));
      socket.send(
          eventsApi(
              "env-free", callback("EvFree", message("C0PLAN", "U0CAL", tsNow(23), "hi")), 0));

      // Handled one at a time, the free event would wait 2 s behind each held one.
      await().atMost(Duration.ofSeconds(3)).until(() -> !socket.acks("env-free").isEmpty());
      await()
          .during(Duration.between(Instant.now(), start.plusSeconds(5)))
          .atMost(Duration.ofSeconds(6))
          .until(() -> socket.acks("env-h1").isEmpty() && socket.acks("env-h2").isEmpty());
      holder.rollback();
    }
    // Slack redelivers what it did not get an ack for.
    socket.send(eventsApi("env-h1-retry", held1, 1));
    awaitAck("env-h1-retry");
    // The bot gave up on the held envelopes within its budget: stored late, they stay unacked.
    assertThat(socket.acks("env-h1")).isEmpty();
    assertThat(socket.acks("env-h2")).isEmpty();

    assertThat(pipeline.inboxRows()).isEqualTo(3);
    pipeline.processAndSend(dispatcher);
    List<Call> nudges = slack.calls("chat.postEphemeral");
    assertThat(nudges).hasSize(1);
    assertThat(nudges.get(0).field("user")).isEqualTo("U0ANA");
  }

  /** Inserts the event's inbox key without committing: the bot's insert waits on that row. */
  private static void holdInboxKey(Handle holder, String eventId) {
    holder.execute(
        "insert into inbox (workspace_key, event_key, event_type, payload, occurred_at,"
            + " received_at) values (?, ?, 'held', '{}'::jsonb, now(), now())",
        "slack:" + FakeWebApi.TEAM,
        eventId);
  }

  static JsonNode json(String text) throws java.io.IOException {
    return JSON.readTree(text);
  }
}
