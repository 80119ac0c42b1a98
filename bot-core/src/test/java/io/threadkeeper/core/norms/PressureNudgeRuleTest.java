package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.testing.Events;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PressureNudgeRuleTest {
  private final NormsEngine engine = Fixtures.engine();

  private static MessagePosted bobSays(String text, Instant at) {
    MessagePosted post = Events.post("200.000", null, "bob", AuthorKind.HUMAN, 0, text);
    return new MessagePosted(
        post.workspace(),
        post.key(),
        at,
        post.channel(),
        post.message(),
        null,
        BOB,
        AuthorKind.HUMAN,
        text,
        false,
        0);
  }

  private Decision nudgeCheck(MessagePosted message, ChannelContext channel, NudgeTally tally) {
    return engine.onEvent(message, new NormsContext(channel, null, null, tally));
  }

  @Test
  void pressureOutsideAnUrgentChannelGetsTheAuthorAPrivateExplainedNudgeAtOnce() {
    MessagePosted message = bobSays("Need this ASAP please", Fixtures.MONDAY_0900);

    Decision decision = nudgeCheck(message, Fixtures.channel().build(), null);

    PressureNudge nudge = decision.effectsOf(PressureNudge.class).get(0);
    assertThat(nudge.recipient()).isEqualTo(Recipient.member(BOB));
    assertThat(nudge.deliverAt()).isEqualTo(Fixtures.MONDAY_0900);
    assertThat(nudge.rewording()).isEqualTo("Could you reply by Thursday?");
    assertThat(nudge.explanation().ruleId()).isEqualTo("asap");
    assertThat(nudge.explanation().trigger()).isEqualTo("ASAP");
    assertThat(nudge.explanation().sentence()).contains("\"ASAP\"").contains("8h of working time");
    assertThat(decision.authorNudges()).contains(new NudgeTally(LocalDate.parse("2026-03-02"), 1));
  }

  @Test
  void urgentChannelsDisabledNudgesAndBotsAreLeftAlone() {
    MessagePosted human = bobSays("ASAP", Fixtures.MONDAY_0900);
    MessagePosted bot = Events.post("201.000", null, "deploybot", AuthorKind.BOT, 0, "ASAP");
    MessagePosted self = Events.post("202.000", null, "tk", AuthorKind.SELF, 0, "ASAP");
    ChannelContext urgent =
        Fixtures.channel().policy(ChannelPolicy.builder().urgent(true).build()).build();
    ChannelContext quiet =
        Fixtures.channel().policy(ChannelPolicy.builder().nudgesEnabled(false).build()).build();

    assertThat(nudgeCheck(human, urgent, null).effects()).isEmpty();
    assertThat(nudgeCheck(human, quiet, null).effects()).isEmpty();
    assertThat(nudgeCheck(bot, Fixtures.channel().build(), null).effects()).isEmpty();
    assertThat(nudgeCheck(self, Fixtures.channel().build(), null).effects()).isEmpty();
  }

  @Test
  void atMostOneNudgePerPersonPerChannelPerDayOfTheAuthorsOwnCalendar() {
    // GIVEN bob lives in Los Angeles; all three messages fall on 3 March in UTC
    ChannelContext channel =
        Fixtures.channel()
            .member(BOB, MemberSchedule.zoneOnly(ZoneId.of("America/Los_Angeles")))
            .build();
    Instant lateMonday = Fixtures.at("2026-03-03T07:30:00Z");
    Instant laterMonday = Fixtures.at("2026-03-03T07:50:00Z");
    Instant earlyTuesday = Fixtures.at("2026-03-03T08:10:00Z");

    // WHEN he presses at 23:30 and 23:50 on Monday and again at 00:10 on Tuesday, his time
    Decision first = nudgeCheck(bobSays("ASAP", lateMonday), channel, null);
    NudgeTally monday = first.authorNudges().orElseThrow();
    Decision second = nudgeCheck(bobSays("ASAP!", laterMonday), channel, monday);
    Decision third = nudgeCheck(bobSays("ASAP!!", earlyTuesday), channel, monday);

    // THEN Monday's second nudge is skipped, and Tuesday starts a new day
    assertThat(monday).isEqualTo(new NudgeTally(LocalDate.parse("2026-03-02"), 1));
    assertThat(second.effects()).isEmpty();
    assertThat(third.effects()).hasSize(1);
    assertThat(third.authorNudges()).contains(new NudgeTally(LocalDate.parse("2026-03-03"), 1));
  }

  @Test
  void aCalmMessageIsNotNudged() {
    Decision decision =
        nudgeCheck(
            bobSays("Thoughts by Friday?", Fixtures.MONDAY_0900), Fixtures.channel().build(), null);

    assertThat(decision).isEqualTo(Decision.none());
  }
}
