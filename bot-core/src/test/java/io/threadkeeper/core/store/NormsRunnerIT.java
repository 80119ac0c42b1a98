package io.threadkeeper.core.store;

import static io.threadkeeper.core.testing.Events.post;
import static io.threadkeeper.core.testing.Events.reply;
import static io.threadkeeper.core.testing.Events.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The norms engine wired to storage: events and ticks in, thread memory and outbox rows out. */
class NormsRunnerIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private PostgresInbox inbox;
  private InboxProcessor processor;
  private NormsRunner norms;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    norms = new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), Clock.systemUTC());
    ThreadProjection projection =
        new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of());
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(projection, norms),
            Clock.systemUTC(),
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, Clock.systemUTC(), () -> {});
  }

  private void deliver(ChatEvent... events) {
    for (ChatEvent event : events) {
      inbox.accept(event);
    }
    processor.drain();
  }

  private static MemberProfileChanged livesIn(String member, String zone) {
    return new MemberProfileChanged(
        Events.WORKSPACE,
        EventKey.derived("member_profile_changed", member, zone),
        Events.T0.minusSeconds(3600),
        new MemberId(member),
        zone,
        false,
        false);
  }

  private List<Map<String, Object>> outbox() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select purpose as kind, state, recipient_key,"
                            + " to_char(not_before at time zone 'UTC',"
                            + " 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') as not_before,"
                            + " explanation ->> 'ruleId' as rule, kind as delivery, payload ->> 'text' as text"
                            + " from outbox order by not_before, id")
                    .mapToMap()
                    .list());
  }

  private int tick(Instant now) {
    return postgres.jdbi().inTransaction(h -> norms.tick(h, now, 100));
  }

  @Test
  void aPressureMessageInANormalChannelGetsOneNudgeToItsAuthor() {
    deliver(post("1.0", null, "alice", AuthorKind.HUMAN, 0, "<!here> can everyone jump in now?"));
    deliver(post("2.0", null, "alice", AuthorKind.HUMAN, 5, "ASAP please, quick call?"));

    List<Map<String, Object>> sent = outbox();
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0))
        .containsEntry("kind", "pressure_nudge")
        .containsEntry("state", "pending")
        .containsEntry("recipient_key", "alice")
        .containsEntry("rule", "broadcast-mention");
  }

  @Test
  void aBotsPressureMessageGetsNoNudge() {
    deliver(post("1.0", null, "ci", AuthorKind.BOT, 0, "<!here> deploy failed, ASAP"));

    assertThat(outbox()).isEmpty();
  }

  @Test
  void anUnansweredThreadRemindsItsOwnerOnceInsideTheOwnersWorkingHours() {
    // Monday 2 March 2026, 09:00 UTC = 14:30 in Kolkata; the window is 8 working hours.
    deliver(livesIn("priya", "Asia/Kolkata"), root("1.0", "priya", 0));

    Instant nextWeek = Events.T0.plusSeconds(7 * 24 * 3600);
    for (Instant now = Events.T0; now.isBefore(nextWeek); now = now.plusSeconds(15 * 60)) {
      tick(now);
    }

    List<Map<String, Object>> reminders =
        outbox().stream().filter(row -> "reminder".equals(row.get("kind"))).toList();
    assertThat(reminders).hasSize(1);
    // 2.5 h on Monday + 5.5 h on Tuesday from 09:00 Kolkata = Tuesday 14:30 IST = 09:00 UTC.
    assertThat(reminders.get(0))
        .containsEntry("delivery", "thread_reply")
        .containsEntry("not_before", "2026-03-03T09:00:00Z");
    assertThat((String) reminders.get(0).get("text")).startsWith("<@priya> ");
    assertThat(outbox()).extracting(row -> row.get("kind")).containsOnlyOnce("escalation");
  }

  @Test
  void aWorkspaceHolidayMovesTheReminderToTheNextWorkingDay() {
    deliver(livesIn("priya", "Asia/Kolkata"));
    postgres
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "update workspace set settings = '{\"holidays\": [\"2026-03-03\"]}'::jsonb"));
    deliver(root("1.0", "priya", 0));

    for (int quarter = 0; quarter < 4 * 24 * 4; quarter++) {
      tick(Events.T0.plusSeconds(quarter * 15 * 60L));
    }

    // 2.5 h on Monday, Tuesday is a holiday, 5.5 h on Wednesday: 14:30 IST = 09:00 UTC.
    assertThat(outbox())
        .filteredOn(row -> "reminder".equals(row.get("kind")))
        .extracting(row -> row.get("not_before"))
        .containsExactly("2026-03-04T09:00:00Z");
  }

  @Test
  void aReplyBeforeTheDueTimeStopsTheLadder() {
    deliver(root("1.0", "alice", 0), reply("1.1", "1.0", "bob", 60));

    for (int hour = 0; hour < 72; hour++) {
      tick(Events.T0.plusSeconds(hour * 3600L));
    }

    assertThat(outbox())
        .extracting(row -> row.get("kind"))
        .doesNotContain("reminder", "escalation", "due_soon_warning");
  }

  @Test
  void inShadowModeEffectsAreRecordedButNotQueued() {
    deliver(root("0.1", "alice", 0));
    postgres
        .jdbi()
        .useHandle(h -> h.execute("update workspace set settings = '{\"shadow\": true}'::jsonb"));

    deliver(post("1.0", null, "alice", AuthorKind.HUMAN, 1, "any update??"));

    assertThat(outbox()).extracting(row -> row.get("state")).containsExactly("shadowed");
  }
}
