package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.Fixtures.BOB;
import static io.threadkeeper.core.norms.Fixtures.at;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.time.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursDeliveryTest {
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  // Wednesday 03:00 in Kolkata
  private static final Instant THREE_AM_KOLKATA = at("2026-03-03T21:30:00Z");

  private static Ticker dueAtThreeAmKolkata(ChannelPolicy policy) {
    ChannelContext channel =
        Fixtures.channel().policy(policy).member(ALICE, MemberSchedule.standard(KOLKATA)).build();
    // An explicit due set by someone in another zone can fall in the owner's night.
    ReplyPlan plan =
        new ReplyPlan(
            ALICE,
            Fixtures.MONDAY_0900,
            null,
            THREE_AM_KOLKATA,
            THREE_AM_KOLKATA.plus(java.time.Duration.ofDays(1)),
            true);
    return new Ticker(channel, thread().build(), ThreadNorms.planned(plan));
  }

  @Test
  void aReminderComputedAtThreeInTheMorningWaitsForNineOclockInTheRecipientsZone() {
    Ticker ticker = dueAtThreeAmKolkata(ChannelPolicy.defaults());

    Decision decision = ticker.tick(THREE_AM_KOLKATA);

    Reminder reminder = decision.effectsOf(Reminder.class).get(0);
    assertThat(reminder.deliverAt()).isEqualTo(at("2026-03-04T03:30:00Z"));
    assertThat(reminder.deliverAt().atZone(KOLKATA).toLocalTime().toString()).isEqualTo("09:00");
  }

  @Test
  void anUrgentChannelDeliversAtOnce() {
    Ticker ticker = dueAtThreeAmKolkata(ChannelPolicy.builder().urgent(true).build());

    Decision decision = ticker.tick(THREE_AM_KOLKATA);

    assertThat(decision.effectsOf(Reminder.class).get(0).deliverAt()).isEqualTo(THREE_AM_KOLKATA);
  }

  @Test
  void aMemberWithOnlyAZoneGetsTheChannelsQuietHoursThenTheWorkspaces() {
    ChannelPolicy quiet =
        ChannelPolicy.builder().quietHours(WorkingHours.parse("Mon-Fri 10:00-12:00")).build();
    Schedules schedules =
        new Schedules(
            MemberSchedule.standard(ZoneId.of("UTC")),
            java.util.Map.of(
                BOB, MemberSchedule.zoneOnly(KOLKATA), ALICE, MemberSchedule.standard(KOLKATA)));

    assertThat(schedules.calendarFor(BOB, quiet).hours()).isEqualTo(quiet.quietHours());
    assertThat(schedules.calendarFor(BOB, quiet).zone()).isEqualTo(KOLKATA);
    assertThat(schedules.calendarFor(BOB, ChannelPolicy.defaults()).hours())
        .isEqualTo(WorkingHours.DEFAULT);
    assertThat(schedules.calendarFor(ALICE, quiet).hours()).isEqualTo(WorkingHours.DEFAULT);
    assertThat(schedules.calendarFor(null, quiet).zone()).isEqualTo(ZoneId.of("UTC"));
  }
}
