package io.threadkeeper.slack;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.MemberOverviews;
import io.threadkeeper.core.store.PostgresMemberOverviews;
import io.threadkeeper.slack.fake.Envelopes;
import io.threadkeeper.slack.fake.FakeSocketMode;
import io.threadkeeper.slack.fake.FakeWebApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The bot connected in Socket Mode to a fresh fake Slack, for one test; {@link #close()} stops the
 * bot before the fakes, since stopped after them its session monitor would keep dialling.
 */
final class SocketModeBot implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(10);

  final FakeWebApi slack;
  final FakeSocketMode socket;
  final SlackConnection connection;

  private SocketModeBot(FakeWebApi slack, FakeSocketMode socket, SlackConnection connection) {
    this.slack = slack;
    this.socket = socket;
    this.connection = connection;
  }

  /**
   * The bot on {@code pipeline}, with a desk that answers nothing and the real member overviews:
   * for tests about events, norms and delivery rather than commands.
   */
  static SocketModeBot onPipeline(String tokenSuffix, TestPipeline pipeline, Clock clock)
      throws IOException, InterruptedException {
    return start(
        tokenSuffix,
        settings -> settings,
        pipeline.inbox,
        new FakeDesk(),
        new PostgresMemberOverviews(pipeline.jdbi()),
        clock);
  }

  /**
   * @param tokenSuffix makes the tokens unique per class: Bolt caches a token's team for the JVM
   * @param configure adds settings to the Socket Mode ones
   */
  static SocketModeBot start(
      String tokenSuffix,
      UnaryOperator<SlackSettings> configure,
      Inbox inbox,
      CommandDesk desk,
      MemberOverviews overviews,
      Clock clock)
      throws IOException, InterruptedException {
    FakeWebApi slack = new FakeWebApi();
    FakeSocketMode socket = new FakeSocketMode().startAndWait();
    slack.socketModeUrl(socket.url());
    SlackSettings settings =
        configure.apply(
            SlackSettings.socketMode(
                    "xoxb-0000-1111-" + tokenSuffix, "xapp-1-A0TK1-2222-" + tokenSuffix)
                .withApiUrl(slack.url()));
    SlackConnection connection = SlackConnection.create(settings, inbox, desk, overviews, clock);
    connection.start();
    await().atMost(WAIT).until(socket::isConnected);
    return new SocketModeBot(slack, socket, connection);
  }

  /** Sends one envelope and waits for its ack. */
  JsonNode deliver(String envelopeId, ObjectNode envelope) {
    socket.send(envelope);
    await().atMost(WAIT).until(() -> !socket.acks(envelopeId).isEmpty());
    return socket.acks(envelopeId).get(0);
  }

  /** Delivers {@code event} as a first delivery of {@code eventId}, and waits for its ack. */
  void deliverEvent(String eventId, ObjectNode event) {
    String envelopeId = "env-" + eventId;
    deliver(envelopeId, Envelopes.eventsApi(envelopeId, Envelopes.callback(eventId, event), 0));
  }

  @Override
  public void close() {
    connection.close();
    socket.stopQuietly();
    slack.close();
  }
}
