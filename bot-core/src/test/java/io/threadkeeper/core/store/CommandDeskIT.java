package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.post;
import static io.threadkeeper.core.testing.Events.reply;
import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.port.CommandReply;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.store.testing.StoredValues;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /async} end to end on PostgreSQL: desk, inbox, command applier, norms, outbox. */
class CommandDeskIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";
  private static final Clock CLOCK = Clock.fixed(Events.T0.plusSeconds(3600), ZoneOffset.UTC);

  private final AtomicInteger keys = new AtomicInteger();
  private PostgresInbox inbox;
  private InboxProcessor processor;
  private PostgresCommandDesk desk;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    ThreadProjection projection =
        new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of());
    CommandApplier commands = new CommandApplier(CLOCK, new WeeklyReportQuery(postgres.jdbi()));
    NormsRunner norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), CLOCK);
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(projection, commands, norms),
            CLOCK,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, CLOCK, () -> {});
    desk = new PostgresCommandDesk(inbox, postgres.jdbi(), CLOCK, Duration.ofSeconds(5));
  }

  @AfterEach
  void closeDesk() {
    desk.close();
  }

  private CommandInvoked command(String member, String arguments, String threadRoot) {
    return new CommandInvoked(
        Events.WORKSPACE,
        EventKey.derived("command_invoked", member, String.valueOf(keys.incrementAndGet())),
        Events.T0.plusSeconds(1800),
        Events.CHANNEL,
        new MemberId(member),
        arguments,
        threadRoot == null ? null : new MessageKey(threadRoot),
        "handle");
  }

  private String run(String member, String arguments, String threadRoot, boolean moderator) {
    CommandReply reply = desk.receive(command(member, arguments, threadRoot), moderator);
    processor.drain();
    return reply.body().text();
  }

  private void deliver(ChatEvent... events) {
    for (ChatEvent event : events) {
      inbox.accept(event);
    }
    processor.drain();
  }

  private List<Map<String, Object>> rows(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  /** The text of the latest answer to {@code member}. */
  private String lastAnswer(String member) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select payload ->> 'text' from outbox where recipient_key = :member"
                            + " and correlation_id is not null order by id desc limit 1")
                    .bind("member", member)
                    .mapTo(String.class)
                    .one());
  }

  @Test
  void aMalformedCommandIsAnsweredAtOnceWithProblemAndUsageAndNothingIsStored() {
    String answer = run(ALICE, "snooze soon", null, false);

    assertThat(answer).contains("Usage: /async snooze");
    assertThat(count("select count(*) from inbox")).isZero();
    assertThat(count("select count(*) from outbox")).isZero();
  }

  @Test
  void tenKilobytesOfGarbageGetAShortErrorAndNothingIsStored() {
    String answer = run(ALICE, "x".repeat(10_000), null, false);

    assertThat(answer).contains("too long").hasSizeLessThan(400);
    assertThat(count("select count(*) from inbox")).isZero();
  }

  @Test
  void aMemberWhoIsNotAModeratorIsRefusedConfigOnceAuditedAndThePolicyStays() {
    String answer = run(ALICE, "config urgent on", null, false);

    assertThat(answer).contains("Only moderators");
    assertThat(rows("select actor, action, target, outcome from audit_log"))
        .containsExactly(
            Map.of("actor", ALICE, "action", "config", "target", "C0GENERAL", "outcome", "denied"));
    assertThat(count("select count(*) from channel where urgent")).isZero();
    assertThat(count("select count(*) from inbox")).isZero();
  }

  @Test
  void aModeratorMakesTheChannelUrgentAndTheChangeIsAudited() {
    String ack = run(BOB, "config urgent on", null, true);

    assertThat(ack).isEqualTo(DeskWording.ON_IT);
    assertThat(count("select count(*) from channel where urgent")).isOne();
    assertThat(
            rows(
                "select actor, outcome, detail ->> 'old' as old, detail ->> 'new' as new"
                    + " from audit_log"))
        .containsExactly(Map.of("actor", BOB, "outcome", "changed", "old", "false", "new", "true"));
    assertThat(lastAnswer(BOB)).contains("urgent is now true (was false)");
    assertThat(rows("select kind, correlation_id from outbox").get(0))
        .containsEntry("kind", "ephemeral")
        .containsEntry("correlation_id", "command_invoked:" + BOB + ":1");
  }

  @Test
  void handingAThreadOverChangesItsOwnerAndTheNormsPlanForTheNewOwner() {
    deliver(root("1.0", ALICE, 0), reply("2.0", "1.0", BOB, 5));

    run(ALICE, "owner <@" + BOB + ">", "1.0", false);

    assertThat(
            rows(
                "select o.external_id as owner, t.norms -> 'plan' ->> 'owner' as planned"
                    + " from thread t join member o on o.id = t.owner_member_id"))
        .containsExactly(Map.of("owner", BOB, "planned", BOB));
    assertThat(count("select count(*) from deadline where state = 'pending'")).isOne();
    assertThat(lastAnswer(ALICE)).contains("now owned by <@" + BOB + ">");
  }

  @Test
  void theOwnerResolvesTheThreadByCommand() {
    deliver(root("1.0", ALICE, 0));

    run(ALICE, "resolve", "1.0", false);

    assertThat(rows("select state, resolved_via from thread"))
        .containsExactly(Map.of("state", "resolved", "resolved_via", "command"));
    assertThat(lastAnswer(ALICE)).startsWith("Resolved.");
  }

  @Test
  void someoneElseMayNotResolveAThreadTheyDoNotOwn() {
    deliver(root("1.0", ALICE, 0));

    run(BOB, "resolve", "1.0", false);

    assertThat(rows("select state from thread")).containsExactly(Map.of("state", "open"));
    assertThat(lastAnswer(BOB)).contains("Only the thread's owner or a moderator");
  }

  @Test
  void mineShowsDueTimesInTheZoneTheMemberChose() {
    deliver(root("1.0", ALICE, 0));

    run(ALICE, "timezone Asia/Kolkata", null, false);
    run(ALICE, "mine", null, false);

    assertThat(lastAnswer(ALICE))
        .contains("Asia/Kolkata")
        .contains("+05:30")
        .contains("thread 1.0");
  }

  @Test
  void whyExplainsTheLastNudge() {
    deliver(post("1.0", null, ALICE, AuthorKind.HUMAN, 0, "<!here> can everyone jump in now?"));

    run(ALICE, "why", null, false);

    assertThat(lastAnswer(ALICE)).startsWith("Why you got the last nudge or reminder:");
    assertThat(lastAnswer(ALICE)).doesNotContain("<!here>");
  }

  @Test
  void theSameCommandDeliveredTwiceIsCarriedOutOnce() {
    CommandInvoked command = command(BOB, "config nudges off", null);

    desk.receive(command, true);
    desk.receive(command, true);
    processor.drain();

    assertThat(count("select count(*) from audit_log")).isOne();
    assertThat(count("select count(*) from outbox")).isOne();
  }

  @Test
  void forgetMeConfirmLeavesTheMembersIdInNoTable() {
    String forgotten = "U0FORGETME";
    deliver(
        post("1.0", null, forgotten, AuthorKind.HUMAN, 0, "<!here> can everyone jump in now?"),
        reply("2.0", "1.0", BOB, 5));
    run(forgotten, "timezone Asia/Kolkata", null, false);
    run(forgotten, "config urgent on", null, false);
    run(BOB, "assign <@" + forgotten + ">", "1.0", true);
    run(forgotten, "why", null, false);

    String answer = run(forgotten, "forget-me confirm", "1.0", false);

    assertThat(answer).isEqualTo(DeskWording.FORGET_ME_DONE);
    assertThat(placesHolding(forgotten)).isEmpty();
    assertThat(
            rows(
                "select time_zone, working_hours from member where external_id like 'forgotten-%'"))
        .containsExactly(nulls("time_zone", "working_hours"));
  }

  @Test
  void aSubmittedAskIsPostedByTheBotAndWaitsForItsRootWithOwnerAndDue() {
    run(ALICE, "timezone Asia/Kolkata", null, false);
    InteractionReceived form =
        new InteractionReceived(
            Events.WORKSPACE,
            EventKey.platform("ask-1"),
            Events.T0,
            Events.CHANNEL,
            new MemberId(ALICE),
            "ask.submit",
            Map.of(
                "background", "We need a venue.",
                "decision", "Hall A or B? @here",
                "owner", BOB,
                "due", "2026-03-05"),
            null,
            "handle");

    desk.receive(form, false);
    processor.drain();

    assertThat(rows("select kind, payload ->> 'text' as text from outbox where kind = 'channel'"))
        .singleElement()
        .satisfies(row -> assertThat((String) row.get("text")).doesNotContain("@here"));
    assertThat(count("select count(*) from pending_ask")).isOne();
    assertThat(lastAnswer(ALICE)).contains("due Thu 5 Mar 17:00 +05:30");
  }

  private List<String> placesHolding(String value) {
    return StoredValues.placesHolding(postgres.jdbi(), value);
  }

  private static Map<String, Object> nulls(String... keys) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (String key : keys) {
      map.put(key, null);
    }
    return map;
  }
}
