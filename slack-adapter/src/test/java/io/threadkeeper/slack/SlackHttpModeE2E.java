package io.threadkeeper.slack;

import static io.threadkeeper.slack.fake.Envelopes.callback;
import static io.threadkeeper.slack.fake.Envelopes.message;
import static io.threadkeeper.slack.fake.Envelopes.tsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.slack.fake.FakeWebApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's HTTP mode: the fake plays Slack posting signed events to the bot on 127.0.0.1, and Bolt
 * checks every signature before anything is stored.
 */
class SlackHttpModeE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String SECRET = "e2e-signing-secret-0000";

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeWebApi slack;
  private TestPipeline pipeline;
  private SlackConnection connection;

  @BeforeEach
  void startBotInHttpMode() {
    slack = assertStarted();
    pipeline = new TestPipeline(postgres.jdbi());
    pipeline.truncate();
    SlackSettings settings =
        new SlackSettings(
            "xoxb-0000-1111-httptoken", null, SECRET, slack.url(), SlackMode.HTTP, "127.0.0.1", 0);
    connection =
        SlackConnection.create(
            settings,
            pipeline.inbox,
            new FakeDesk(),
            new PostgresMemberOverviews(postgres.jdbi()),
            Clock.systemUTC());
    connection.start();
  }

  private static FakeWebApi assertStarted() {
    try {
      return new FakeWebApi();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() {
    connection.close();
    pipeline.close();
    slack.close();
  }

  private HttpResponse<String> post(String body, String timestamp, String signature)
      throws Exception {
    return post(body, timestamp, signature, 0);
  }

  /** A delivery as Slack makes it; {@code retryNum} above 0 adds Slack's retry headers. */
  private HttpResponse<String> post(String body, String timestamp, String signature, int retryNum)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + connection.httpPort() + "/slack/events"))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json")
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (retryNum > 0) {
      request
          .header("X-Slack-Retry-Num", Integer.toString(retryNum))
          .header("X-Slack-Retry-Reason", "http_timeout");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String event(String eventId) {
    return callback(eventId, message("C0PLAN", "U0ANA", tsNow(1), "hello over HTTP")).toString();
  }

  private static String signed(String timestamp, String body) {
    return new SlackSignature.Generator(SECRET).generate(timestamp, body);
  }

  @Test
  void aValidlySignedEventIsStoredAndAnswered200() throws Exception {
    String body = event("EvH1");
    String now = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> response = post(body, now, signed(now, body));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(pipeline.inboxRows("message_posted")).isEqualTo(1);
  }

  @Test
  void aForgedSignatureIs401AndNothingIsStored() throws Exception {
    String body = event("EvH2");
    String now = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> response = post(body, now, "v0=" + "0".repeat(64));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(pipeline.inboxRows()).isZero();
  }

  @Test
  void aCorrectSignatureSixMinutesOldIs401AndNothingIsStored() throws Exception {
    String body = event("EvH3");
    String sixMinutesAgo = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());

    HttpResponse<String> response = post(body, sixMinutesAgo, signed(sixMinutesAgo, body));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(pipeline.inboxRows()).isZero();
  }

  @Test
  void whileTheInboxTableIsLockedTheAnswerIsNon2xxInTimeAndTheRetryIsProcessedOnce()
      throws Exception {
    String body =
        callback("EvH4", message("C0PLAN", "U0ANA", tsNow(4), "<!here> jump in now?")).toString();
    Instant start = Instant.now();
    HttpResponse<String> first;
    try (Handle holder = postgres.jdbi().open()) {
      holder.begin();
      holder.execute("lock table inbox in exclusive mode");
      String now = Long.toString(Instant.now().getEpochSecond());

      first = post(body, now, signed(now, body));

      assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
      await()
          .during(Duration.between(Instant.now(), start.plusSeconds(5)))
          .atMost(Duration.ofSeconds(6))
          .until(() -> pipeline.inboxRows() == 0);
      holder.rollback();
    }
    String later = Long.toString(Instant.now().getEpochSecond());
    HttpResponse<String> retry = post(body, later, signed(later, body), 1);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(pipeline.inboxRows()).isEqualTo(1);
    pipeline.processAndSend(pipeline.dispatcher(connection.chatPlatform()));
    assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
  }
}
