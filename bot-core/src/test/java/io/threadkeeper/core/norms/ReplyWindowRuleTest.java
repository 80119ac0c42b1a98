package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.Fixtures.BOB;
import static io.threadkeeper.core.norms.Fixtures.at;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.time.WorkingCalendar;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReplyWindowRuleTest {
  private final NormsEngine engine = Fixtures.engine();

  @Test
  void aNewThreadIsDueOneWorkingDayLaterWithAHeadsUpAtThreeQuarters() {
    // GIVEN alice opens a thread on Monday 09:00 in a UTC workspace
    ChannelContext channel = Fixtures.channel().build();

    // WHEN the norms see it
    Decision decision =
        engine.onEvent(
            Events.root("100.000", "alice", 0),
            new NormsContext(channel, thread().build(), null, null));

    // THEN it is due at the end of Monday, with a heads-up at 15:00 and escalation a day later
    ReplyPlan plan = decision.norms().orElseThrow().plan();
    assertThat(plan.owner()).isEqualTo(ALICE);
    assertThat(plan.dueSoonAt()).isEqualTo(at("2026-03-02T15:00:00Z"));
    assertThat(plan.dueAt()).isEqualTo(at("2026-03-02T17:00:00Z"));
    assertThat(plan.escalateAt()).isEqualTo(at("2026-03-03T17:00:00Z"));
    assertThat(decision.nextCheckAt()).contains(at("2026-03-02T15:00:00Z"));
    assertThat(decision.effects()).isEmpty();
  }

  @Test
  void theWindowIsCountedInTheOwnersOwnWorkingHours() {
    // GIVEN alice works 09:00-17:00 in Kolkata (03:30-11:30 UTC)
    ChannelContext channel =
        Fixtures.channel()
            .member(ALICE, MemberSchedule.standard(ZoneId.of("Asia/Kolkata")))
            .build();

    // WHEN her thread opens on Monday 14:30 her time
    Decision decision =
        engine.onEvent(
            Events.root("100.000", "alice", 0),
            new NormsContext(channel, thread().build(), null, null));

    // THEN 2h30 of Monday and 5h30 of Tuesday make it due Tuesday 14:30 in Kolkata
    assertThat(decision.norms().orElseThrow().plan().dueAt()).isEqualTo(at("2026-03-03T09:00:00Z"));
  }

  @Test
  void aNewOwnerGetsAFreshWindowInTheirCalendarFromTheHandOver() {
    // GIVEN alice's planned thread is handed to bob, who works in New York
    ChannelContext channel =
        Fixtures.channel()
            .member(BOB, MemberSchedule.standard(ZoneId.of("America/New_York")))
            .build();
    ThreadNorms norms =
        ThreadNorms.planned(
            new ReplyWindowRule()
                .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE)));

    // WHEN the hand-over is seen at Monday 12:00 UTC (07:00 in New York)
    Decision decision =
        engine.onEvent(
            Fixtures.command("bob", "owner @bob", at("2026-03-02T12:00:00Z")),
            new NormsContext(channel, thread().owner(BOB).build(), norms, null));

    // THEN bob's window starts at his 09:00 and ends at his 17:00
    ReplyPlan plan = decision.norms().orElseThrow().plan();
    assertThat(plan.owner()).isEqualTo(BOB);
    assertThat(plan.dueAt()).isEqualTo(at("2026-03-02T22:00:00Z"));
  }

  @Test
  void anExplicitDueOverridesTheWindowAndIsRenderedInTheAskersZone() {
    WorkingCalendar owners = WorkingCalendar.standard(ZoneId.of("UTC"));

    ReplyWindowRule.Planned planned =
        new ReplyWindowRule()
            .planExplicit(
                ALICE,
                Fixtures.MONDAY_0900,
                at("2026-03-05T16:00:00Z"),
                ZoneId.of("Europe/Paris"),
                ChannelPolicy.defaults(),
                owners);

    assertThat(planned.plan().explicit()).isTrue();
    assertThat(planned.plan().dueAt()).isEqualTo(at("2026-03-05T16:00:00Z"));
    assertThat(planned.dueForAsker().toLocalTime().toString()).isEqualTo("17:00");
    // 31 working hours are available; three quarters of them end Wednesday 16:15
    assertThat(planned.plan().dueSoonAt()).isEqualTo(at("2026-03-04T16:15:00Z"));
  }

  @Test
  void aDueDateWithoutATimeMeansTheEndOfTheAskersWorkingDay() {
    // GIVEN bob lives in Paris and sets no hours of his own
    ChannelContext channel =
        Fixtures.channel().member(BOB, MemberSchedule.zoneOnly(ZoneId.of("Europe/Paris"))).build();
    ThreadNorms norms =
        ThreadNorms.planned(
            new ReplyWindowRule()
                .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE)));

    // WHEN he submits a request form in the thread, due Thursday
    Decision decision =
        engine.onEvent(
            Fixtures.askForm("bob", "2026-03-05", at("2026-03-02T10:00:00Z")),
            new NormsContext(channel, thread().build(), norms, null));

    // THEN it is due Thursday 17:00 in Paris, and stays alice's
    ReplyPlan plan = decision.norms().orElseThrow().plan();
    assertThat(plan.dueAt()).isEqualTo(at("2026-03-05T16:00:00Z"));
    assertThat(plan.explicit()).isTrue();
    assertThat(plan.owner()).isEqualTo(ALICE);
  }
}
