package io.threadkeeper.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode server on 127.0.0.1: sends envelopes to the newest connection and records
 * every frame the bot sends back (acks). Thread-safe.
 */
public final class FakeSocketMode extends WebSocketServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * How one connection ended: {@code code} 1006 with {@code frameReceived} false is a dropped TCP
   * connection; a close frame from the bot gives its code (1000 for a normal close).
   */
  public record Closed(int code, String reason, boolean byBot, boolean frameReceived) {}

  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
  private final List<Closed> closed = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final CountDownLatch started = new CountDownLatch(1);

  public FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    setDaemon(true);
  }

  /** Starts and waits until the port is bound. */
  public FakeSocketMode startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake Socket Mode server did not start");
    }
    return this;
  }

  public String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** Connections opened so far, including closed ones. */
  public int connectionsOpened() {
    return connections.get();
  }

  public boolean isConnected() {
    return !open.isEmpty();
  }

  /** Sends one envelope to the newest connection. */
  public void send(ObjectNode envelope) {
    if (open.isEmpty()) {
      throw new IllegalStateException("the bot is not connected");
    }
    open.get(open.size() - 1).send(envelope.toString());
    sent.add(envelope.deepCopy());
  }

  /** How each connection that has ended ended, in order. */
  public List<Closed> closed() {
    return List.copyOf(closed);
  }

  /** The {@code event_id}s of the events_api envelopes the bot acknowledged. */
  public List<String> ackedEventIds() {
    return sent.stream()
        .filter(envelope -> !acks(envelope.path("envelope_id").asText()).isEmpty())
        .map(envelope -> envelope.path("payload").path("event_id").asText())
        .filter(id -> !id.isEmpty())
        .toList();
  }

  /** Cuts every connection without a close frame, as a network failure would. */
  public void dropConnections() {
    for (WebSocket socket : open) {
      socket.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the fake");
    }
  }

  /** The acks received for {@code envelopeId}. */
  public List<JsonNode> acks(String envelopeId) {
    return received.stream()
        .filter(frame -> envelopeId.equals(frame.path("envelope_id").asText()))
        .toList();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    connections.incrementAndGet();
    open.add(conn);
    conn.send("{\"type\":\"hello\",\"num_connections\":1}");
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    open.remove(conn);
    closed.add(new Closed(code, reason, remote, code != CloseFrame.ABNORMAL_CLOSE));
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    try {
      received.add(JSON.readTree(message));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void onMessage(WebSocket conn, ByteBuffer message) {
    // Socket Mode uses text frames only.
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // Connection errors show up as closes; nothing to record.
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  public void stopQuietly() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
