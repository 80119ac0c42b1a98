package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.FakeChatPlatform.acceptThenTimeout;
import static io.threadkeeper.core.testing.FakeChatPlatform.permanentFailure;
import static io.threadkeeper.core.testing.FakeChatPlatform.rateLimited;
import static io.threadkeeper.core.testing.FakeChatPlatform.throwing;
import static io.threadkeeper.core.testing.FakeChatPlatform.transientFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.DispatcherStats;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.port.SendOutcome;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import io.threadkeeper.core.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxDispatcherIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0TEST");
  static final ChannelId CHANNEL_A = new ChannelId("CA");
  static final ChannelId CHANNEL_B = new ChannelId("CB");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final SettableClock clock = new SettableClock(T0);
  private final FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, clock);

  @BeforeEach
  void cleanSlate() {
    postgres
        .jdbi()
        .useHandle(
            h -> {
              h.execute("truncate outbox cascade");
              h.execute(
                  "insert into workspace (platform, external_id) values ('slack', 'T0TEST')"
                      + " on conflict do nothing");
            });
  }

  static long enqueue(PostgresExtension postgres, OutboxEntry entry) {
    Outbox outbox = new Outbox(java.time.Clock.systemUTC());
    return postgres.jdbi().inTransaction(h -> outbox.enqueue(h, entry));
  }

  private long enqueue(ChannelId channel, String text) {
    return enqueue(
        postgres,
        OutboxEntry.toChannel(WORKSPACE, channel, MessageBody.text(text), clock.instant())
            .withCorrelationId("test:" + text));
  }

  private OutboxDispatcher dispatcher(DispatchSettings settings) {
    return new OutboxDispatcher(postgres.jdbi(), List.of(slack), clock, settings, new Random(1));
  }

  private OutboxDispatcher dispatcher() {
    return dispatcher(DispatchSettings.defaults());
  }

  private Map<String, Object> row(long id) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select state, attempts, last_error, platform_message_id, not_before"
                            + " from outbox where id = :id")
                    .bind("id", id)
                    .mapToMap()
                    .one());
  }

  @Test
  void aMessageIsSentOnceAndMarkedSentWithThePlatformId() {
    long id = enqueue(CHANNEL_A, "hello");

    dispatcher().dispatchDue();
    dispatcher().dispatchDue();

    assertThat(slack.posted()).hasSize(1);
    assertThat(row(id))
        .containsEntry("state", "sent")
        .containsEntry("attempts", 1)
        .containsEntry("platform_message_id", slack.posted().get(0).platformMessageId());
  }

  @Test
  void aRateLimitHoldsItsChannelAcrossARestartWhileOtherChannelsFlow() {
    long a1 = enqueue(CHANNEL_A, "a1");
    enqueue(CHANNEL_B, "b1");
    long a2 = enqueue(CHANNEL_A, "a2");
    enqueue(CHANNEL_B, "b2");
    slack.script(
        m -> CHANNEL_A.equals(m.channel()),
        rateLimited(Duration.ofSeconds(3), "slack:T0TEST/post/CA"));

    OutboxDispatcher first = dispatcher();
    first.dispatchDue();

    assertThat(slack.posted()).extracting(p -> p.message().channel()).containsOnly(CHANNEL_B);
    assertThat(row(a1)).containsEntry("state", "pending").containsEntry("attempts", 0);
    assertThat(row(a2)).containsEntry("state", "pending");

    clock.advance(Duration.ofMillis(2_999));
    OutboxDispatcher restarted = dispatcher();
    restarted.dispatchDue();
    assertThat(slack.posted()).hasSize(2);

    clock.advance(Duration.ofMillis(1));
    restarted.dispatchDue();
    assertThat(slack.posted()).hasSize(4);
    assertThat(slack.attempts())
        .filteredOn(attempt -> attempt.rateLimitKey().endsWith("/CA"))
        .extracting(FakeChatPlatform.Attempt::at)
        .containsExactly(T0, T0.plusSeconds(3), T0.plusSeconds(3));
    assertThat(first.stats().rateLimitWaits()).isEqualTo(1);
  }

  @Test
  void inRealTimeARateLimitedChannelWaitsThreeSecondsWhileAnotherKeepsSending() throws Exception {
    java.time.Clock wallClock = java.time.Clock.systemUTC();
    FakeChatPlatform platform = new FakeChatPlatform(Platform.SLACK, wallClock);
    platform.script(
        m -> CHANNEL_A.equals(m.channel()),
        rateLimited(Duration.ofSeconds(3), "slack:T0TEST/post/CA"));
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            postgres.jdbi(),
            List.of(platform),
            wallClock,
            DispatchSettings.defaults(),
            new Random(4));
    java.util.concurrent.ScheduledExecutorService loop =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    try {
      loop.scheduleWithFixedDelay(
          dispatcher::dispatchDue, 0, 50, java.util.concurrent.TimeUnit.MILLISECONDS);
      long a = enqueueNow(CHANNEL_A, "a");
      await().atMost(Duration.ofSeconds(5)).until(() -> !platform.attempts().isEmpty());
      long b = enqueueNow(CHANNEL_B, "b, enqueued during the wait");

      await().atMost(Duration.ofSeconds(2)).until(() -> posted(platform, b));
      assertThat(posted(platform, a)).isFalse();
      await().atMost(Duration.ofSeconds(6)).until(() -> posted(platform, a));
    } finally {
      loop.shutdownNow();
    }
    List<Instant> attemptsOnA =
        platform.attempts().stream()
            .filter(attempt -> attempt.rateLimitKey().endsWith("/CA"))
            .map(FakeChatPlatform.Attempt::at)
            .toList();
    assertThat(attemptsOnA).hasSize(2);
    assertThat(Duration.between(attemptsOnA.get(0), attemptsOnA.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
  }

  private long enqueueNow(ChannelId channel, String text) {
    return enqueue(
        postgres, OutboxEntry.toChannel(WORKSPACE, channel, MessageBody.text(text), Instant.now()));
  }

  private static boolean posted(FakeChatPlatform platform, long outboxId) {
    return platform.posted().stream().anyMatch(p -> p.message().outboxId() == outboxId);
  }

  @Test
  void aTimeoutAfterAcceptanceIsFoundOnThePlatformAndNotSentAgain() {
    long id = enqueue(CHANNEL_A, "accepted, answer lost");
    slack.script(acceptThenTimeout());
    OutboxDispatcher dispatcher = dispatcher();

    dispatcher.dispatchDue();
    assertThat(row(id)).containsEntry("state", "pending").containsEntry("last_error", "timeout");
    clock.advance(Duration.ofMinutes(1));
    dispatcher.dispatchDue();

    assertThat(slack.posted()).hasSize(1);
    assertThat(slack.attempts()).hasSize(1);
    assertThat(slack.lookups(id)).isEqualTo(1);
    assertThat(row(id))
        .containsEntry("state", "sent")
        .containsEntry("platform_message_id", slack.posted().get(0).platformMessageId());
    assertThat(dispatcher.stats().foundAlreadySent()).isEqualTo(1);
  }

  @Test
  void aPermanentFailureIsRecordedWithItsReasonAndNeverRetried() {
    long id = enqueue(CHANNEL_A, "to a deleted channel");
    slack.script(permanentFailure("channel_not_found"));
    OutboxDispatcher dispatcher = dispatcher();

    dispatcher.dispatchDue();
    clock.advance(Duration.ofDays(1));
    dispatcher.dispatchDue();
    dispatcher.recoverStale();
    dispatcher.dispatchDue();

    assertThat(row(id))
        .containsEntry("state", "failed")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "channel_not_found");
    assertThat(slack.attempts()).hasSize(1);
    assertThat(dispatcher.stats().failedByReason()).containsEntry("channel_not_found", 1L);
  }

  @Test
  void anEphemeralOutOfReachIsSentOnceAsADirectMessageToItsMember() {
    long id = enqueueEphemeral("not in the channel");
    slack.script(
        (fake, message) -> new SendOutcome.NotInChannel("user_not_in_channel"),
        FakeChatPlatform.accept());
    OutboxDispatcher dispatcher = dispatcher();

    dispatcher.dispatchDue();
    clock.advance(Duration.ofDays(1));
    dispatcher.dispatchDue();

    assertThat(slack.attempts()).hasSize(2);
    assertThat(slack.posted())
        .singleElement()
        .satisfies(
            posted -> {
              assertThat(posted.message().delivery()).isEqualTo(Delivery.DIRECT_MESSAGE);
              assertThat(posted.message().recipient()).isEqualTo(new MemberId("U7"));
              assertThat(posted.message().outboxId()).isEqualTo(id);
            });
    assertThat(row(id))
        .containsEntry("state", "sent")
        .containsEntry("attempts", 1)
        .containsEntry("last_error", "user_not_in_channel_fallback_dm");
    assertThat(dispatcher.stats().failedByReason())
        .containsEntry("user_not_in_channel_fallback_dm", 1L);
  }

  @Test
  void aDirectMessageFallbackThatFailsIsNotTriedAgain() {
    long id = enqueueEphemeral("nowhere to go");
    slack.script(
        (fake, message) -> new SendOutcome.NotInChannel("channel_not_found"),
        transientFailure("timeout"));
    OutboxDispatcher dispatcher = dispatcher();

    dispatcher.dispatchDue();
    clock.advance(Duration.ofDays(1));
    dispatcher.dispatchDue();

    assertThat(slack.attempts()).hasSize(2);
    assertThat(row(id))
        .containsEntry("state", "failed")
        .containsEntry("last_error", "channel_not_found_fallback_dm_failed: timeout");
  }

  @Test
  void withSkipAnEphemeralOutOfReachIsFailedWithThePlatformsReason() {
    long id = enqueueEphemeral("skipped");
    slack.script((fake, message) -> new SendOutcome.NotInChannel("user_not_in_channel"));
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            postgres.jdbi(),
            List.of(slack),
            clock,
            DispatchSettings.defaults(),
            new Random(1),
            EphemeralFallback.SKIP);

    dispatcher.dispatchDue();

    assertThat(slack.attempts()).hasSize(1);
    assertThat(slack.posted()).isEmpty();
    assertThat(row(id))
        .containsEntry("state", "failed")
        .containsEntry("last_error", "user_not_in_channel");
  }

  private long enqueueEphemeral(String text) {
    return enqueue(
        postgres,
        new OutboxEntry(
            WORKSPACE,
            Delivery.EPHEMERAL,
            CHANNEL_A,
            null,
            new MemberId("U7"),
            MessageBody.text(text),
            "test:" + text,
            clock.instant(),
            false,
            null));
  }

  @Test
  void transientFailuresBackOffAndGiveUpAfterTheLastAttempt() {
    long id = enqueue(CHANNEL_A, "platform down");
    slack.script(
        transientFailure("http_503"), transientFailure("http_503"), transientFailure("http_503"));
    OutboxDispatcher dispatcher = dispatcher(DispatchSettings.defaults().withMaxAttempts(3));

    dispatcher.dispatchDue();
    Instant retryAt =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select not_before from outbox where id = :id")
                        .bind("id", id)
                        .mapTo(Instant.class)
                        .one());
    assertThat(retryAt).isBetween(T0.plusMillis(2_500), T0.plusSeconds(5));
    dispatcher.dispatchDue();
    assertThat(slack.attempts()).hasSize(1);
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(1));
      dispatcher.dispatchDue();
    }

    assertThat(slack.attempts()).hasSize(3);
    assertThat(slack.lookups(id)).isEqualTo(2);
    assertThat(row(id))
        .containsEntry("state", "failed")
        .containsEntry("attempts", 3)
        .containsEntry("last_error", "retries_exhausted: http_503");
    DispatcherStats stats = dispatcher.stats();
    assertThat(stats.retries()).isEqualTo(2);
    assertThat(stats.failedByReason()).containsEntry("retries_exhausted", 1L);
  }

  @Test
  void aRowLeftInFlightPastItsLeaseIsLookedUpFirstThenSentOrMarkedSent() {
    long arrived = enqueue(CHANNEL_A, "sent before the crash");
    long lost = enqueue(CHANNEL_A, "never reached the platform");
    long recent = enqueue(CHANNEL_B, "another node is sending this right now");
    postgres.execute(
        "update outbox set state = 'in_flight', attempts = 1, claimed_at = case when id = "
            + recent
            + " then timestamptz '2026-03-02 08:59:30Z' else timestamptz '2026-03-02 08:57:00Z'"
            + " end");
    // The crashed node's send of the first row had reached the platform.
    slack.post(messageOf(arrived));

    OutboxDispatcher dispatcher = dispatcher();
    dispatcher.dispatchDue();

    assertThat(row(arrived)).containsEntry("state", "sent");
    assertThat(row(lost)).containsEntry("state", "sent");
    assertThat(row(recent)).containsEntry("state", "in_flight");
    assertThat(slack.posted()).hasSize(2);
    assertThat(slack.attempts())
        .extracting(FakeChatPlatform.Attempt::outboxId)
        .containsExactly(lost);
    assertThat(dispatcher.stats().recoveredInFlight()).isEqualTo(2);
  }

  @Test
  void aShadowedMessageIsRecordedButNeverSent() {
    long id =
        enqueue(
            postgres,
            OutboxEntry.toChannel(WORKSPACE, CHANNEL_A, MessageBody.text("shadow"), T0).asShadow());

    dispatcher().dispatchDue();

    assertThat(slack.attempts()).isEmpty();
    assertThat(row(id)).containsEntry("state", "shadowed");
  }

  @Test
  void aPlatformThatThrowsIsTreatedAsATransientFailure() {
    long id = enqueue(CHANNEL_A, "adapter bug");
    slack.script(throwing(new IllegalStateException("boom")));

    dispatcher().dispatchDue();

    assertThat(row(id))
        .containsEntry("state", "pending")
        .containsEntry("last_error", "exception IllegalStateException");
  }

  @Test
  void twoDispatchersOnTwoPoolsSendEveryRowExactlyOnce() throws Exception {
    for (int i = 0; i < 300; i++) {
      enqueue(i % 2 == 0 ? CHANNEL_A : CHANNEL_B, "m" + i);
    }
    try (Database nodeA = Database.open(postgres.settings(), 2, "dispatch-a");
        Database nodeB = Database.open(postgres.settings(), 2, "dispatch-b")) {
      List<OutboxDispatcher> nodes =
          List.of(
              new OutboxDispatcher(
                  nodeA.jdbi(), List.of(slack), clock, DispatchSettings.defaults(), new Random(2)),
              new OutboxDispatcher(
                  nodeB.jdbi(), List.of(slack), clock, DispatchSettings.defaults(), new Random(3)));
      List<Thread> threads = nodes.stream().map(n -> new Thread(n::dispatchDue)).toList();
      threads.forEach(Thread::start);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> threads.stream().noneMatch(Thread::isAlive));
    }

    assertThat(slack.posted()).hasSize(300);
    assertThat(slack.posted().stream().map(p -> p.message().outboxId()).distinct()).hasSize(300);
    assertThat(count("select count(*) from outbox where state = 'sent'")).isEqualTo(300);
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private io.threadkeeper.core.port.OutboundMessage messageOf(long id) {
    return new io.threadkeeper.core.port.OutboundMessage(
        id,
        WORKSPACE,
        io.threadkeeper.core.port.Delivery.CHANNEL,
        CHANNEL_A,
        null,
        null,
        MessageBody.text("sent before the crash"),
        null);
  }
}
