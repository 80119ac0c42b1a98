package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.callback;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.SendOutcome;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.PostgresInstallStates;
import io.threadkeeper.core.store.PostgresInstallations;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.core.store.TokenCipher;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeSlackInstalls;
import io.threadkeeper.slack.fake.FakeSlackInstalls.Workspace;
import io.threadkeeper.slack.fake.FakeWebApi;
import io.threadkeeper.slack.fake.FakeWebApi.Call;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Multi-workspace mode with the real Bolt against the fake Slack: a browser installs the app
 * through Slack's OAuth flow, events of that workspace are authorised and answered with its own
 * token, and removing the app purges the workspace.
 */
class SlackInstallE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String SECRET = "e2e-install-signing-secret";
  private static final String CLIENT_ID = "1111.2222";
  private static final String CLIENT_SECRET = "client-s3cret-e2e";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private FakeWebApi slack;
  private FakeSlackInstalls installs;
  private TestPipeline pipeline;
  private PostgresInstallations installations;
  private SlackConnection connection;
  private OutboxDispatcher dispatcher;

  @BeforeEach
  void startBotWithOAuth() throws Exception {
    slack = new FakeWebApi();
    installs = new FakeSlackInstalls(CLIENT_ID, CLIENT_SECRET);
    slack.answerWith(installs);
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.truncate();
    postgres.execute("truncate installation, install_state");
    byte[] key = new byte[TokenCipher.KEY_BYTES];
    key[0] = 42;
    installations =
        new PostgresInstallations(
            postgres.jdbi(), TokenCipher.fromBase64(Base64.getEncoder().encodeToString(key)));
    SlackOAuth oauth =
        new SlackOAuth(
            CLIENT_ID,
            CLIENT_SECRET,
            installations,
            new PostgresInstallStates(postgres.jdbi(), Clock.systemUTC()));
    SlackSettings settings =
        new SlackSettings(null, null, SECRET, slack.url(), SlackMode.HTTP, "127.0.0.1", 0);
    connection =
        SlackConnection.multiWorkspace(
            settings,
            oauth,
            pipeline.inbox,
            new FakeDesk(),
            new PostgresMemberOverviews(postgres.jdbi()),
            Clock.systemUTC());
    connection.start();
    dispatcher = pipeline.dispatcher(connection.chatPlatform());
  }

  @AfterEach
  void stop() {
    connection.close();
    pipeline.close();
    slack.close();
  }

  private URI bot(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + connection.httpPort() + pathAndQuery);
  }

  /** What a browser does on the install page: Bolt sends it on to Slack with a state. */
  private record Started(String state, String cookie, URI slackAuthorize) {}

  private Started openInstallPage() throws Exception {
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(bot(SlackOAuth.INSTALL_PATH)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(302);
    URI authorize = URI.create(page.headers().firstValue("Location").orElseThrow());
    Matcher state = STATE.matcher(authorize.getRawQuery().replaceFirst("^", "?"));
    assertThat(state.find()).isTrue();
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Started(
        URLDecoder.decode(state.group(1), StandardCharsets.UTF_8), cookie, authorize);
  }

  /** Slack sends the browser back with a code after the admin approved. */
  private HttpResponse<String> comeBack(Started started, String code) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(
                bot(SlackOAuth.REDIRECT_PATH + "?code=" + code + "&state=" + started.state()))
            .header("Cookie", started.cookie())
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Workspace install(String teamId) throws Exception {
    Workspace workspace = installs.workspace(teamId, "Team " + teamId);
    HttpResponse<String> done = comeBack(openInstallPage(), workspace.code());
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Thank you!");
    return workspace;
  }

  private HttpResponse<String> postEvent(ObjectNode callback) throws Exception {
    String body = callback.toString();
    String now = Long.toString(Instant.now().getEpochSecond());
    return browser.send(
        HttpRequest.newBuilder(bot("/slack/events"))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header("X-Slack-Request-Timestamp", now)
            .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(now, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static ObjectNode from(String teamId, ObjectNode callback) {
    callback.put("team_id", teamId);
    ((ObjectNode) callback.path("authorizations").path(0)).put("team_id", teamId);
    return callback;
  }

  private static ObjectNode pressure(String teamId, String eventId) {
    return from(
        teamId, callback(eventId, message("C0PLAN", "U0ANA", tsNow(7), "<!here> quick call?")));
  }

  private static ObjectNode removal(String teamId, String type, String eventId, String botUser) {
    ObjectNode event = JSON.createObjectNode().put("type", type);
    if (type.equals("tokens_revoked")) {
      ObjectNode tokens = event.putObject("tokens");
      tokens.putArray("oauth");
      tokens.putArray("bot").add(botUser);
    }
    return from(teamId, callback(eventId, event));
  }

  private long rows(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void installingStoresTheWorkspacesTokenEncrypted() throws Exception {
    Started started = openInstallPage();
    Workspace workspace = installs.workspace("T0TWO", "Second Team");

    HttpResponse<String> done = comeBack(started, workspace.code());

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(started.slackAuthorize().toString())
        .startsWith("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID)
        .contains("scope=");
    assertThat(started.cookie()).isEqualTo("slack-app-oauth-state=" + started.state());
    assertThat(slack.calls("oauth.v2.access")).hasSize(1);
    var installed = installations.find(new WorkspaceRef(Platform.SLACK, "T0TWO")).orElseThrow();
    assertThat(installed.botToken()).isEqualTo(workspace.botToken());
    assertThat(installed.botUserId()).isEqualTo(workspace.botUserId());
    assertThat(installed.botId()).isEqualTo(workspace.botId());
    assertThat(installed.installerId()).isEqualTo("U0ADMIN");
    assertThat(installed.scopes()).containsExactlyInAnyOrderElementsOf(SlackScopes.REQUIRED);
    String stored =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select encode(token_sealed, 'escape') from installation")
                        .mapTo(String.class)
                        .one());
    assertThat(stored).doesNotContain(workspace.botToken()).doesNotContain("xoxb");
  }

  @Test
  void aReplayedStateIsRefusedAndNothingMoreIsExchanged() throws Exception {
    Started started = openInstallPage();
    Workspace first = installs.workspace("T0TWO", "Second Team");
    Workspace second = installs.workspace("T0THREE", "Third Team");
    assertThat(comeBack(started, first.code()).statusCode()).isEqualTo(200);

    HttpResponse<String> replay = comeBack(started, second.code());

    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("invalid_state");
    assertThat(slack.calls("oauth.v2.access")).hasSize(1);
    assertThat(installations.find(new WorkspaceRef(Platform.SLACK, "T0THREE"))).isEmpty();
  }

  @Test
  void aRedirectWithoutTheInstallingBrowsersCookieIsRefused() throws Exception {
    Started started = openInstallPage();
    Workspace workspace = installs.workspace("T0TWO", "Second Team");

    HttpResponse<String> forged =
        comeBack(
            new Started(started.state(), "slack-app-oauth-state=someone-else", null),
            workspace.code());

    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(slack.calls("oauth.v2.access")).isEmpty();
  }

  @Test
  void anEventOfAnInstalledWorkspaceIsAnsweredWithThatWorkspacesToken() throws Exception {
    Workspace two = install("T0TWO");
    Workspace three = install("T0THREE");

    assertThat(postEvent(pressure("T0TWO", "EvTWO1")).statusCode()).isEqualTo(200);
    assertThat(postEvent(pressure("T0THREE", "EvTHREE1")).statusCode()).isEqualTo(200);
    pipeline.processAndSend(dispatcher);

    List<Call> nudges = slack.calls("chat.postEphemeral");
    assertThat(nudges).hasSize(2);
    assertThat(nudges)
        .extracting(Call::token)
        .containsExactlyInAnyOrder(two.botToken(), three.botToken());
    assertThat(nudges).allSatisfy(n -> assertThat(n.field("user")).isEqualTo("U0ANA"));
  }

  @Test
  void anEventOfAWorkspaceThatNeverInstalledIsRefusedAndNotStored() throws Exception {
    install("T0TWO");

    HttpResponse<String> response = postEvent(pressure("T0NEVER", "EvNEVER"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(pipeline.inboxRows()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"app_uninstalled, tokens_revoked", "tokens_revoked, app_uninstalled"})
  void removingTheAppPurgesTheWorkspaceCancelsItsJobsAndStopsSending(String first, String second)
      throws Exception {
    Workspace two = install("T0TWO");
    install("T0THREE");
    postEvent(pressure("T0TWO", "EvP2"));
    postEvent(from("T0TWO", callback("EvQ2", message("C0PLAN", "U0BEA", tsNow(8), "Budget?"))));
    postEvent(pressure("T0THREE", "EvP3"));
    pipeline.processor.drain();
    assertThat(rows("select count(*) from outbox where state = 'pending'")).isEqualTo(2);
    assertThat(rows("select count(*) from deadline where state = 'pending'")).isPositive();

    assertThat(postEvent(removal("T0TWO", first, "EvR1", two.botUserId())).statusCode())
        .isEqualTo(200);
    assertThat(postEvent(removal("T0TWO", second, "EvR2", two.botUserId())).statusCode())
        .isEqualTo(200);
    pipeline.processAndSend(dispatcher);

    assertThat(installations.find(new WorkspaceRef(Platform.SLACK, "T0TWO"))).isEmpty();
    assertThat(installations.find(new WorkspaceRef(Platform.SLACK, "T0THREE"))).isPresent();
    assertThat(rows("select count(*) from workspace where external_id = 'T0TWO'")).isZero();
    assertThat(
            rows(
                "select count(*) from inbox where workspace_key = 'slack:T0TWO'"
                    + " and event_type <> 'access_revoked'"))
        .isZero();
    assertThat(rows("select count(*) from inbox where processed_at is null")).isZero();
    assertThat(slack.calls("chat.postEphemeral"))
        .singleElement()
        .satisfies(sent -> assertThat(sent.token()).isNotEqualTo(two.botToken()));
    assertThat(postEvent(pressure("T0TWO", "EvAfter")).statusCode()).isEqualTo(401);
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void aMessageForAWorkspaceWithoutAnInstallationFailsForGoodWithoutACall() throws Exception {
    install("T0TWO");
    slack.forgetCalls();
    OutboundMessage message =
        new OutboundMessage(
            99,
            new WorkspaceRef(Platform.SLACK, "T0GONE"),
            Delivery.CHANNEL,
            new ChannelId("C0PLAN"),
            null,
            null,
            MessageBody.text("A reminder"),
            null);

    SendOutcome outcome = connection.chatPlatform().send(message);

    assertThat(outcome).isEqualTo(new SendOutcome.PermanentFailure("not_installed"));
    assertThat(connection.chatPlatform().findSent(message)).isEmpty();
    assertThat(slack.calls("chat.postMessage")).isEmpty();
  }
}
