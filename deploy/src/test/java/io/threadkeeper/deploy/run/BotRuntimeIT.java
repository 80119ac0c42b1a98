package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The running bot composed as {@code threadkeeper run} composes it, with a fake platform. */
class BotRuntimeIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  private static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0RUN");

  @Test
  void aPressureMessageBecomesOneEphemeralNudgeSentByTheScheduledDispatcher() throws Exception {
    FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, Clock.systemUTC());
    try (BotRuntime bot =
        BotRuntime.start(
            postgres.database(),
            Clock.systemUTC(),
            pipeline -> List.of(new FakeConnection(slack)))) {
      bot.pipeline()
          .inbox()
          .accept(
              new MessagePosted(
                  WORKSPACE,
                  EventKey.platform("Ev0001"),
                  Instant.now(),
                  new ChannelId("C0GENERAL"),
                  new MessageKey("1700000000.000100"),
                  null,
                  new MemberId("U0ALICE"),
                  AuthorKind.HUMAN,
                  "<!here> can everyone jump in now?",
                  false,
                  0));

      await().atMost(Duration.ofSeconds(30)).until(() -> !slack.posted().isEmpty());
      FakeChatPlatform.Posted nudge = slack.posted().get(0);
      assertThat(nudge.message().delivery()).isEqualTo(Delivery.EPHEMERAL);
      assertThat(nudge.message().recipient()).isEqualTo(new MemberId("U0ALICE"));
      assertThat(nudge.message().body().text()).contains("async");
    }
    assertThat(slack.posted()).hasSize(1);
  }
}
