package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.port.SendOutcome;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.testing.FakeChatPlatform;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A submitted {@code /async ask} becomes a tracked thread with the form's owner and due time
 * whichever comes first: the bot's root message arriving as an event, or the dispatcher recording
 * the send.
 */
class AskThreadsIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";
  private static final Clock CLOCK = Clock.fixed(Events.T0.plusSeconds(3600), ZoneOffset.UTC);

  /** 2026-03-05 at 17:00 in Kolkata, Alice's zone. */
  private static final Instant DUE = Instant.parse("2026-03-05T11:30:00Z");

  private PostgresInbox inbox;
  private InboxProcessor processor;
  private NormsRunner norms;
  private PostgresCommandDesk desk;
  private FakeChatPlatform slack;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), CLOCK);
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(
                new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of()),
                new CommandApplier(CLOCK, new WeeklyReportQuery(postgres.jdbi())),
                norms),
            CLOCK,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, CLOCK, () -> {});
    desk = new PostgresCommandDesk(inbox, postgres.jdbi(), CLOCK, Duration.ofSeconds(5));
    slack = new FakeChatPlatform(Platform.SLACK, CLOCK);
    desk.receive(
        new CommandInvoked(
            Events.WORKSPACE,
            EventKey.platform("zone-1"),
            Events.T0,
            Events.CHANNEL,
            new MemberId(ALICE),
            "timezone Asia/Kolkata",
            null,
            "handle"),
        false);
    desk.receive(
        new InteractionReceived(
            Events.WORKSPACE,
            EventKey.platform("ask-1"),
            Events.T0,
            Events.CHANNEL,
            new MemberId(ALICE),
            "ask.submit",
            Map.of(
                "background", "We need a venue.",
                "decision", "Hall A or B?",
                "owner", BOB,
                "due", "2026-03-05"),
            null,
            "handle"),
        false);
    processor.drain();
  }

  @AfterEach
  void closeDesk() {
    desk.close();
  }

  private void rootArrives(String key) {
    ChatEvent root = Events.post(key, null, "B0THREADKEEPER", AuthorKind.SELF, 61, "");
    inbox.accept(root);
    processor.drain();
  }

  private int dispatchChannelPosts() {
    return new OutboxDispatcher(
            postgres.jdbi(), List.of(slack), CLOCK, DispatchSettings.defaults(), new Random(1))
        .dispatchDue();
  }

  private Map<String, Object> thread() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select o.external_id as owner, a.external_id as author, t.due_at,"
                            + " t.norms -> 'plan' ->> 'explicit' as explicit,"
                            + " (select count(*) from pending_ask) as pending"
                            + " from thread t join member o on o.id = t.owner_member_id"
                            + " join member a on a.id = t.author_member_id")
                    .mapToMap()
                    .one());
  }

  private void assertTrackedAsAsked() {
    Map<String, Object> thread = thread();
    assertThat(thread.get("owner")).isEqualTo(BOB);
    assertThat(thread.get("author")).isEqualTo(ALICE);
    assertThat(((java.sql.Timestamp) thread.get("due_at")).toInstant()).isEqualTo(DUE);
    assertThat(thread.get("pending")).isEqualTo(0L);
    assertThat(thread.get("explicit")).isEqualTo("true");
  }

  @Test
  void theRootArrivingAfterTheSendWasRecordedIsTrackedAtOnce() {
    dispatchChannelPosts();
    String sent =
        slack.posted().stream()
            .filter(p -> p.message().recipient() == null)
            .findFirst()
            .orElseThrow()
            .platformMessageId();

    rootArrives(sent);

    assertTrackedAsAsked();
  }

  @Test
  void aReplyToTheAskKeepsItsOwnerAndDueTime() {
    dispatchChannelPosts();
    String sent =
        slack.posted().stream()
            .filter(p -> p.message().recipient() == null)
            .findFirst()
            .orElseThrow()
            .platformMessageId();
    rootArrives(sent);

    inbox.accept(Events.reply("reply-1", sent, BOB, 90));
    processor.drain();

    assertTrackedAsAsked();
    long answered =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select count(*) from thread where state = 'answered'")
                        .mapTo(Long.class)
                        .one());
    assertThat(answered).isOne();
  }

  @Test
  void theRootArrivingBeforeTheSendWasRecordedIsTrackedWhenItIsAndPlannedByTheNextSweep() {
    slack.script(
        message -> message.channel() != null && message.recipient() == null,
        (fake, message) -> {
          String id = fake.post(message);
          rootArrives(id);
          return new SendOutcome.Sent(id);
        });
    dispatchChannelPosts();
    assertThat(thread().get("explicit")).isNull();

    new DeadlineSweep(postgres.jdbi(), norms.deadlineHandler(CLOCK), CLOCK, 10).sweepDue();

    assertTrackedAsAsked();
  }

  @Test
  void anotherMessageOfTheBotStartsNoThread() {
    dispatchChannelPosts();

    rootArrives("some-other-bot-message");

    long threads =
        postgres
            .jdbi()
            .withHandle(h -> h.createQuery("select count(*) from thread").mapTo(Long.class).one());
    assertThat(threads).isZero();
  }
}
