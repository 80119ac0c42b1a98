package io.threadkeeper.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway for JDA: HELLO, IDENTIFY → READY + GUILD_CREATE per guild of the shard, RESUME
 * → what was missed + RESUMED, heartbeats acknowledged. Events sent while a shard is disconnected
 * are kept and replayed on RESUME, as Discord does.
 */
final class FakeGateway extends WebSocketServer {
  /** One shard's session: its socket, sequence and the events it was sent. */
  static final class Session {
    final int shard;
    volatile WebSocket socket;
    volatile String sessionId;
    int seq;
    final List<ObjectNode> sent = new ArrayList<>();
    final List<ObjectNode> missed = new ArrayList<>();

    Session(int shard) {
      this.shard = shard;
    }
  }

  private final ObjectNode botUser;
  private final long applicationId;
  private final List<FakeGuild> guilds;
  private final int shardTotal;
  private final Map<Integer, Session> sessions = new ConcurrentHashMap<>();
  private final Map<WebSocket, Integer> shardOfSocket = new ConcurrentHashMap<>();
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final List<FakeDiscord.Closed> closed = new CopyOnWriteArrayList<>();
  private volatile int replayAlreadySent;
  private volatile int refuseIdentify;

  FakeGateway(ObjectNode botUser, long applicationId, List<FakeGuild> guilds, int shardTotal) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.botUser = botUser;
    this.applicationId = applicationId;
    this.guilds = guilds;
    this.shardTotal = shardTotal;
    setReuseAddr(true);
    setConnectionLostTimeout(0);
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  List<JsonNode> received() {
    return List.copyOf(received);
  }

  List<FakeDiscord.Closed> closed() {
    return List.copyOf(closed);
  }

  /** On the next RESUME, also send again the last {@code count} events the shard already got. */
  void replayAlreadySentOnResume(int count) {
    replayAlreadySent = count;
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    ObjectNode hello = Payloads.JSON.createObjectNode().put("op", 10).putNull("s").putNull("t");
    hello.putObject("d").put("heartbeat_interval", 41_250);
    socket.send(hello.toString());
  }

  @Override
  public void onMessage(WebSocket socket, String text) {
    try {
      JsonNode frame = Payloads.JSON.readTree(text);
      received.add(frame);
      switch (frame.path("op").asInt()) {
        case 1 -> socket.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
        case 2 -> identify(socket, frame.path("d"));
        case 6 -> resume(socket, frame.path("d"));
        default -> {}
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void identify(WebSocket socket, JsonNode d) {
    if (refuseIdentify != 0) {
      socket.close(refuseIdentify, "Disallowed intent(s).");
      return;
    }
    int shard = d.path("shard").isArray() ? d.path("shard").get(0).asInt() : 0;
    Session session = new Session(shard);
    session.socket = socket;
    session.sessionId = "session-" + Snowflakes.next();
    sessions.put(shard, session);
    shardOfSocket.put(socket, shard);
    ObjectNode ready = Payloads.JSON.createObjectNode();
    ready.put("v", 10).put("session_id", session.sessionId).put("resume_gateway_url", url());
    ready.set("user", botUser);
    ready.putArray("shard").add(shard).add(shardTotal);
    ready.putObject("application").put("id", Long.toString(applicationId)).put("flags", 0);
    ready.putArray("private_channels");
    ready.putArray("guilds");
    List<FakeGuild> mine = guildsOf(shard);
    mine.forEach(
        g ->
            ((ArrayNode) ready.get("guilds"))
                .addObject()
                .put("id", Long.toString(g.id()))
                .put("unavailable", true));
    synchronized (session) {
      send(session, "READY", ready);
      mine.forEach(g -> send(session, "GUILD_CREATE", Payloads.guildCreate(g, botUser)));
    }
  }

  private void resume(WebSocket socket, JsonNode d) {
    Session session =
        sessions.values().stream()
            .filter(s -> s.sessionId.equals(d.path("session_id").asText()))
            .findFirst()
            .orElse(null);
    if (session == null) {
      socket.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
      return;
    }
    synchronized (session) {
      session.socket = socket;
      shardOfSocket.put(socket, session.shard);
      List<ObjectNode> again = new ArrayList<>();
      int from = Math.max(0, session.sent.size() - replayAlreadySent);
      again.addAll(session.sent.subList(from, session.sent.size()));
      again.addAll(session.missed);
      replayAlreadySent = 0;
      session.missed.clear();
      for (ObjectNode event : again) {
        send(session, event.get("t").asText(), (ObjectNode) event.get("d"));
      }
      send(session, "RESUMED", Payloads.JSON.createObjectNode());
    }
  }

  List<FakeGuild> guildsOf(int shard) {
    return guilds.stream().filter(g -> ((g.id() >> 22) % shardTotal) == shard).toList();
  }

  /** Sends an event to the shard of {@code guild}; kept for RESUME if the shard is away. */
  void dispatch(long guild, String type, ObjectNode data) {
    Session session = sessions.get((int) ((guild >> 22) % shardTotal));
    synchronized (session) {
      if (session.socket == null || !session.socket.isOpen()) {
        ObjectNode event = Payloads.JSON.createObjectNode().put("t", type);
        event.set("d", data);
        session.missed.add(event);
      } else {
        send(session, type, data);
      }
    }
  }

  private void send(Session session, String type, ObjectNode data) {
    session.seq++;
    ObjectNode frame =
        Payloads.JSON.createObjectNode().put("op", 0).put("s", session.seq).put("t", type);
    frame.set("d", data);
    if (!type.equals("READY") && !type.equals("RESUMED") && !type.equals("GUILD_CREATE")) {
      session.sent.add(frame);
    }
    session.socket.send(frame.toString());
  }

  /** Closes the shard's socket from the server side with a close code. */
  void closeShard(int shard, int code) {
    Session session = sessions.get(shard);
    synchronized (session) {
      WebSocket socket = session.socket;
      session.socket = null;
      socket.close(code, "closed by the fake");
    }
  }

  /** Op 9 with d:false: the session cannot be resumed; the client must IDENTIFY again. */
  void invalidateSession(int shard) {
    Session session = sessions.get(shard);
    synchronized (session) {
      session.sessionId = "invalidated-" + session.sessionId;
      session.socket.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
    }
  }

  /** Refuses every IDENTIFY with {@code code}, as Discord does (4014) for a disallowed intent. */
  void refuseIdentifyWith(int code) {
    refuseIdentify = code;
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {
    shardOfSocket.remove(socket);
    closed.add(new FakeDiscord.Closed(code, reason, remote));
  }

  @Override
  public void onError(WebSocket socket, Exception ex) {}

  @Override
  public void onStart() {}
}
