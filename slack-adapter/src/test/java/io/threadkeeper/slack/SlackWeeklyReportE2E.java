package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.message;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.WeeklyReportDelivery;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.SettableClock;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scheduled weekly report from the week's events to the fake Slack: messages arrive through the
 * real Bolt Socket Mode client, the delivery puts the report in the outbox at its Monday morning,
 * and the dispatcher posts it as Block Kit to the workspace's {@code report_channel}.
 */
class SlackWeeklyReportE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  // Tuesday 3 March 2026 (ISO week 10), 10:00 UTC; the workspace's zone is UTC.
  private static final Instant TUESDAY = Instant.parse("2026-03-03T10:00:00Z");
  private static final Instant NEXT_MONDAY = Instant.parse("2026-03-09T09:00:00Z");
  private static final WorkspaceRef TEAM = new WorkspaceRef(Platform.SLACK, FakeWebApi.TEAM);

  private final SettableClock clock = new SettableClock(TUESDAY);
  private TestPipeline pipeline;
  private SocketModeBot bot;

  @BeforeEach
  void startBotInSimulatedTime() throws Exception {
    pipeline = new TestPipeline(postgres.jdbi(), clock);
    pipeline.truncate();
    bot = SocketModeBot.onPipeline("reporttoken", pipeline, clock);
  }

  @AfterEach
  void stopBotThenFakes() {
    bot.close();
    pipeline.close();
  }

  @Test
  void theWeeklyReportReachesTheReportChannelAsBlockKitWithTheWeeksFigures() throws IOException {
    String answered = ts(TUESDAY);
    bot.deliverEvent("EvA", message("C0PLAN", "U0ANA", answered, "Which venue do we book?"));
    bot.deliverEvent(
        "EvA1",
        message("C0PLAN", "U0BEN", ts(TUESDAY.plus(Duration.ofMinutes(30))), "Harbour hall.")
            .put("thread_ts", answered));
    bot.deliverEvent(
        "EvB", message("C0PLAN", "U0CAL", ts(TUESDAY.plusSeconds(3600)), "Who owns the budget?"));
    pipeline.processor.drain();
    postgres.execute(
        "update workspace set settings = settings || '{\"report_channel\": \"C0REPORT\"}'");

    clock.advance(Duration.between(clock.instant(), NEXT_MONDAY));
    Optional<IsoWeek> week =
        new WeeklyReportDelivery(postgres.jdbi(), clock).deliver(TEAM, NEXT_MONDAY);
    pipeline.dispatcher(bot.connection.chatPlatform()).dispatchDue();

    assertThat(week).map(IsoWeek::toString).contains("2026-W10");
    List<Call> posts = bot.slack.calls("chat.postMessage");
    assertThat(posts).hasSize(1);
    Call post = posts.get(0);
    assertThat(post.field("channel")).isEqualTo("C0REPORT");
    JsonNode blocks = JSON.readTree(post.field("blocks"));
    assertThat(blocks.get(0).path("type").asText()).isEqualTo("header");
    assertThat(blocks.get(0).path("text").path("text").asText())
        .isEqualTo("Thread health 2026-W10");
    assertThat(fieldTexts(blocks))
        .contains("*Threads started*\n2", "*Answered in window*\n1 of 2 (50%)");
    assertThat(post.field("text")).isNotBlank();
    assertThat(pipeline.outboxStates()).containsExactly("sent");
  }

  @Test
  void aSecondDeliveryOfTheSameWeekPostsNothingMore() {
    bot.deliverEvent("EvA", message("C0PLAN", "U0ANA", ts(TUESDAY), "Which venue do we book?"));
    pipeline.processor.drain();
    postgres.execute(
        "update workspace set settings = settings || '{\"report_channel\": \"C0REPORT\"}'");
    clock.advance(Duration.between(clock.instant(), NEXT_MONDAY));
    WeeklyReportDelivery delivery = new WeeklyReportDelivery(postgres.jdbi(), clock);
    var dispatcher = pipeline.dispatcher(bot.connection.chatPlatform());

    delivery.deliver(TEAM, NEXT_MONDAY);
    dispatcher.dispatchDue();
    clock.advance(Duration.ofMinutes(5));
    delivery.deliver(TEAM, NEXT_MONDAY);
    dispatcher.dispatchDue();

    assertThat(bot.slack.calls("chat.postMessage")).hasSize(1);
  }

  private static List<String> fieldTexts(JsonNode blocks) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : blocks) {
      for (JsonNode field : block.path("fields")) {
        texts.add(field.path("text").asText());
      }
    }
    return texts;
  }

  private static String ts(Instant at) {
    return at.getEpochSecond() + ".000100";
  }
}
