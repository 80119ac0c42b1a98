package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.deleted;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tracked thread whose messages Slack reports deleted a month after they were posted: what the
 * bot derived from them (message metadata, the thread, its pending deadlines) goes, tombstones
 * stay, and the old messages delivered again do not bring any of it back.
 */
class SlackMessageDeletionE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  // Monday 2 March 2026, 09:00 UTC.
  private static final Instant POSTED = Instant.parse("2026-03-02T09:00:00Z");
  private static final String ROOT_TS = POSTED.getEpochSecond() + ".000100";
  private static final String REPLY_TS = POSTED.plusSeconds(60).getEpochSecond() + ".000200";

  private final SettableClock clock = new SettableClock(POSTED);
  private TestPipeline pipeline;
  private SocketModeBot bot;

  @BeforeEach
  void startBotInSimulatedTime() throws Exception {
    pipeline = new TestPipeline(postgres.jdbi(), clock);
    pipeline.truncate();
    bot = SocketModeBot.onPipeline("deletetoken", pipeline, clock);
  }

  @AfterEach
  void stopBotThenFakes() {
    bot.close();
    pipeline.close();
  }

  @Test
  void deletingAMonthOldThreadRemovesEverythingDerivedFromIt() {
    bot.deliverEvent("EvRoot", root());
    clock.advance(Duration.ofMinutes(1));
    bot.deliverEvent("EvReply", reply());
    pipeline.processor.drain();
    assertThat(count("message")).isEqualTo(2);
    assertThat(count("thread")).isEqualTo(1);
    assertThat(count("deadline where state = 'pending'")).isPositive();

    clock.advance(Duration.ofDays(30));
    String now = clock.instant().getEpochSecond() + ".000300";
    bot.deliverEvent("EvDelRoot", deleted("C0PLAN", ROOT_TS, now));
    bot.deliverEvent("EvDelReply", deleted("C0PLAN", REPLY_TS, now));
    pipeline.processor.drain();

    assertThat(count("message")).isZero();
    assertThat(count("message_tombstone")).isEqualTo(2);
    assertThat(count("thread")).isZero();
    assertThat(count("deadline")).isZero();
    assertThat(pipeline.inboxRows("message_deleted")).isEqualTo(2);
  }

  @Test
  void theDeletedRootWithAReplyLeftKeepsTheThreadMarkedDeletedUntilTheReplyGoesToo() {
    bot.deliverEvent("EvRoot", root());
    bot.deliverEvent("EvReply", reply());
    pipeline.processor.drain();

    clock.advance(Duration.ofDays(30));
    bot.deliverEvent(
        "EvDelRoot", deleted("C0PLAN", ROOT_TS, clock.instant().getEpochSecond() + ".000300"));
    pipeline.processor.drain();

    assertThat(count("message")).isEqualTo(1);
    assertThat(count("thread where root_deleted")).isEqualTo(1);
  }

  @Test
  void theOldMessagesDeliveredAgainAfterTheDeletionDoNotComeBack() {
    bot.deliverEvent("EvRoot", root());
    bot.deliverEvent("EvReply", reply());
    pipeline.processor.drain();
    clock.advance(Duration.ofDays(30));
    String now = clock.instant().getEpochSecond() + ".000300";
    bot.deliverEvent("EvDelRoot", deleted("C0PLAN", ROOT_TS, now));
    bot.deliverEvent("EvDelReply", deleted("C0PLAN", REPLY_TS, now));
    pipeline.processor.drain();

    // Slack redelivers with the same event id; a replay or a backfill carries a new one.
    bot.deliverEvent("EvRoot", root());
    bot.deliverEvent("EvRootAgain", root());
    bot.deliverEvent("EvReplyAgain", reply());
    pipeline.processor.drain();

    assertThat(count("message")).isZero();
    assertThat(count("thread")).isZero();
    assertThat(count("deadline")).isZero();
  }

  @Test
  void aReminderWaitingInTheOutboxIsNotSentIntoTheDeletedThread() {
    bot.deliverEvent("EvRoot", root());
    pipeline.processor.drain();
    DeadlineSweep sweep = pipeline.deadlineSweep();
    // Without a dispatch the reminder stays in the outbox, as in an outage or a rate-limit hold.
    while (pipeline.outboxStates().isEmpty()) {
      assertThat(clock.instant()).isBefore(POSTED.plus(Duration.ofDays(7)));
      clock.advance(Duration.ofMinutes(15));
      sweep.sweepDue();
    }
    assertThat(pipeline.outboxStates()).containsExactly("pending");

    bot.deliverEvent(
        "EvDelRoot", deleted("C0PLAN", ROOT_TS, clock.instant().getEpochSecond() + ".000300"));
    pipeline.processAndSend(pipeline.dispatcher(bot.connection.chatPlatform()));

    assertThat(count("thread")).isZero();
    assertThat(bot.slack.calls("chat.postMessage")).isEmpty();
    assertThat(outboxOutcome()).isEqualTo("failed thread_deleted");
  }

  private static ObjectNode root() {
    return message("C0PLAN", "U0ANA", ROOT_TS, "Which venue do we book for May?");
  }

  private static ObjectNode reply() {
    return message("C0PLAN", "U0BEN", REPLY_TS, "Harbour hall, if it is free.")
        .put("thread_ts", ROOT_TS);
  }

  private String outboxOutcome() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select state || ' ' || last_error from outbox")
                    .mapTo(String.class)
                    .one());
  }

  private long count(String tableAndFilter) {
    return postgres
        .jdbi()
        .withHandle(
            h -> h.createQuery("select count(*) from " + tableAndFilter).mapTo(Long.class).one());
  }
}
