package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.homeOpened;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.slashCommand;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static io.threadkeeper.slack.fake.Envelopes.userChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.store.PostgresCommandDesk;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The member-facing parts that read the core: the Home tab published on {@code app_home_opened},
 * and moderators from a configured user group, checked with the real command desk on PostgreSQL.
 */
class SlackHomeTabAndModeratorsE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String MODERATORS = "S0MODS";
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private TestPipeline pipeline;
  private PostgresCommandDesk desk;
  private SocketModeBot bot;

  @BeforeEach
  void startBotWithAModeratorGroup() throws Exception {
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.truncate();
    desk =
        new PostgresCommandDesk(
            pipeline.inbox, postgres.jdbi(), Clock.systemUTC(), Duration.ofMillis(1500));
    bot =
        SocketModeBot.start(
            "hometoken",
            settings -> settings.withModeratorGroup(MODERATORS),
            pipeline.inbox,
            desk,
            new PostgresMemberOverviews(postgres.jdbi()),
            Clock.systemUTC());
  }

  @AfterEach
  void stopBotThenFakes() {
    bot.close();
    desk.close();
    pipeline.close();
  }

  private static String json(String text) {
    try {
      return JSON.readTree(text).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void openingTheHomeTabPublishesTheMembersOwnThreadsWithDueTimesInTheirZone() {
    long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
    bot.deliverEvent("EvTzAna", userChange("U0ANA", "Europe/Berlin", anHourAgo));
    bot.deliverEvent("EvAnaRoot", message("C0PLAN", "U0ANA", tsNow(1), "Which venue for May?"));
    bot.deliverEvent("EvBenRoot", message("C0OPS", "U0BEN", tsNow(2), "Who brings the banner?"));
    pipeline.processor.drain();

    bot.deliverEvent("EvHome", homeOpened("U0ANA"));

    await().atMost(WAIT).until(() -> !bot.slack.calls("views.publish").isEmpty());
    Call publish = bot.slack.calls("views.publish").get(0);
    assertThat(publish.field("user_id")).isEqualTo("U0ANA");
    // Bolt's JSON escapes < and >; read it back to compare what Slack would show.
    String view = json(publish.field("view"));
    assertThat(view)
        .contains("\"type\":\"home\"", "Your open threads", "<#C0PLAN>", "Times in Europe/Berlin")
        .contains("Europe/Berlin (from your profile)", "Working hours", "Nudges")
        .containsPattern("due \\w{3} \\d{1,2} \\w{3} \\d{2}:\\d{2} \\+0[12]:00")
        .doesNotContain("C0OPS");
    assertThat(pipeline.inboxRows()).isEqualTo(3);
  }

  @Test
  void aMemberOfTheModeratorGroupMayConfigureAndANonMemberIsDeniedAndAudited() {
    bot.slack.scriptOnce(
        "usergroups.users.list",
        new FakeWebApi.Reply(200, Map.of(), "{\"ok\":true,\"users\":[\"U0MOD\",\"U0CAL\"]}"));

    JsonNode allowed = bot.deliver("env-mod", slashCommand("env-mod", "U0MOD", "config urgent on"));
    JsonNode denied = bot.deliver("env-ana", slashCommand("env-ana", "U0ANA", "config urgent on"));

    assertThat(allowed.path("payload").path("text").asText()).doesNotContain("Only moderators");
    assertThat(denied.path("payload").path("text").asText()).contains("Only moderators");
    assertThat(pipeline.inboxRows()).isEqualTo(1);
    List<Map<String, Object>> audit =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select actor, action, outcome from audit_log")
                        .mapToMap()
                        .list());
    assertThat(audit)
        .containsExactly(Map.of("actor", "U0ANA", "action", "config", "outcome", "denied"));
    // The group's members were asked once; the second command used the cached answer.
    List<Call> lookups = bot.slack.calls("usergroups.users.list");
    assertThat(lookups).hasSize(1);
    assertThat(lookups.get(0).field("usergroup")).isEqualTo(MODERATORS);
  }
}
