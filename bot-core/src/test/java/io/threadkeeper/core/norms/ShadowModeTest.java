package io.threadkeeper.core.norms;

import static io.threadkeeper.core.norms.Fixtures.ALICE;
import static io.threadkeeper.core.norms.ThreadBuilder.thread;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.testing.Events;
import org.junit.jupiter.api.Test;

class ShadowModeTest {

  @Test
  void aChannelInShadowModeRecordsItsNudgesAsWouldHaveSent() {
    ChannelContext channel =
        Fixtures.channel().policy(ChannelPolicy.builder().shadowMode(true).build()).build();
    MessagePosted message = Events.post("200.000", null, "bob", AuthorKind.HUMAN, 0, "ASAP");

    Decision decision =
        Fixtures.engine().onEvent(message, new NormsContext(channel, null, null, null));

    assertThat(decision.effects()).singleElement().matches(Effect::shadow);
    assertThat(decision.effects().get(0).explanation().policy()).contains("shadow mode");
    assertThat(decision.authorNudges()).isPresent();
  }

  @Test
  void aWorkspaceInShadowModeRecordsRemindersAsWouldHaveSentAndStillClimbsOnce() {
    ChannelContext channel = Fixtures.channel().workspaceShadow().build();
    ReplyPlan plan =
        new ReplyWindowRule()
            .plan(ALICE, Fixtures.MONDAY_0900, channel.policy(), channel.calendarOf(ALICE));
    Ticker ticker = new Ticker(channel, thread().build(), ThreadNorms.planned(plan));

    ticker.tick("2026-03-02T17:00:00Z");
    ticker.tick("2026-03-02T18:00:00Z");

    assertThat(ticker.sent()).singleElement().isInstanceOf(Reminder.class).matches(Effect::shadow);
  }
}
