package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.userChange;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reminder ladder end to end in simulated time: events arrive through the real Bolt Socket Mode
 * client, the live deadline sweep and outbox dispatcher run against a settable clock, and the fake
 * Slack records what reached it and at which simulated instant.
 */
class SlackReminderE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  // Monday 2 March 2026, 09:00 UTC = 14:30 in Kolkata.
  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  private static final String OWNER = "U0PRIYA";

  /** One message Slack received, with the simulated instant it was sent at. */
  private record Sent(Instant at, Call call, String purpose) {}

  private final SettableClock clock = new SettableClock(MONDAY.minus(Duration.ofMinutes(15)));
  private TestPipeline pipeline;
  private SocketModeBot bot;

  @BeforeEach
  void startBotInSimulatedTime() throws Exception {
    pipeline = new TestPipeline(postgres.jdbi(), clock);
    pipeline.truncate();
    bot = SocketModeBot.onPipeline("remindtoken", pipeline, clock);
  }

  @AfterEach
  void stopBotThenFakes() {
    bot.close();
    pipeline.close();
  }

  @Test
  void anUnansweredThreadRemindsItsOwnerOnceInsideTheOwnersWorkingHours() {
    bot.deliverEvent(
        "EvTz", userChange(OWNER, "Asia/Kolkata", MONDAY.minusSeconds(3600).getEpochSecond()));
    String rootTs = MONDAY.getEpochSecond() + ".000100";
    bot.deliverEvent("EvRoot", message("C0PLAN", OWNER, rootTs, "Which venue do we book for May?"));
    pipeline.processor.drain();

    List<Sent> sent =
        runForAWeek(pipeline.deadlineSweep(), pipeline.dispatcher(bot.connection.chatPlatform()));

    List<Sent> reminders = sent.stream().filter(s -> "reminder".equals(s.purpose())).toList();
    assertThat(reminders).hasSize(1);
    Sent reminder = reminders.get(0);
    assertThat(reminder.call().field("channel")).isEqualTo("C0PLAN");
    assertThat(reminder.call().field("thread_ts")).isEqualTo(rootTs);
    assertThat(reminder.call().field("text")).contains("<@" + OWNER + ">");
    // 2.5 working hours on Monday and 5.5 on Tuesday from 09:00 Kolkata: Tuesday 14:30 there,
    // sent by the first sweep and dispatch that see it due (the clock moves in quarter hours).
    assertThat(reminder.at())
        .isBetween(Instant.parse("2026-03-03T09:00:00Z"), Instant.parse("2026-03-03T09:15:00Z"));
    List<Sent> toTheOwner =
        sent.stream()
            .filter(s -> List.of("reminder", "due_soon_warning").contains(s.purpose()))
            .toList();
    assertThat(toTheOwner)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(insideWorkingHours(s.at())).isTrue());
  }

  /** Moves the clock in quarter hours, sweeping deadlines and sending what is due at each step. */
  private List<Sent> runForAWeek(DeadlineSweep sweep, OutboxDispatcher dispatcher) {
    List<Sent> sent = new ArrayList<>();
    Instant end = MONDAY.plus(Duration.ofDays(7));
    while (clock.instant().isBefore(end)) {
      clock.advance(Duration.ofMinutes(15));
      sweep.sweepDue();
      dispatcher.dispatchDue();
      List<Call> posts = bot.slack.calls("chat.postMessage");
      for (Call post : posts.subList(sent.size(), posts.size())) {
        sent.add(new Sent(clock.instant(), post, pipeline.outboxPurpose(outboxId(post))));
      }
    }
    return sent;
  }

  private static boolean insideWorkingHours(Instant at) {
    ZonedDateTime local = at.atZone(KOLKATA);
    LocalTime time = local.toLocalTime();
    return local.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0
        && !time.isBefore(LocalTime.of(9, 0))
        && time.isBefore(LocalTime.of(17, 0));
  }

  private static long outboxId(Call post) {
    try {
      return JSON.readTree(post.field("metadata"))
          .path("event_payload")
          .path(SlackChatPlatform.OUTBOX_ID)
          .asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
