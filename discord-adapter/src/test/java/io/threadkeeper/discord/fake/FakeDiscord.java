package io.threadkeeper.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local Discord for end-to-end tests: REST on the JDK's HTTP server and the gateway on a
 * WebSocket server, both on 127.0.0.1. Tests drive it (dispatch events, close sockets, script
 * answers) and assert on what it received.
 */
public final class FakeDiscord implements AutoCloseable {
  /**
   * How one gateway connection ended: the close code (1006 = dropped without a close frame) and
   * whether the bot closed it.
   */
  public record Closed(int code, String reason, boolean byBot) {}

  public final long botId = Snowflakes.next();
  public final long applicationId = botId;
  private final ObjectNode botUser = Payloads.user(botId, "threadkeeper", true);
  private final List<FakeGuild> guilds;
  private final FakeGateway gateway;
  private final FakeRest rest;
  private final Map<Long, FakeGuild> guildOfChannel = new ConcurrentHashMap<>();

  public FakeDiscord(int shardTotal, FakeGuild... guilds) throws IOException {
    this.guilds = List.of(guilds);
    for (FakeGuild guild : guilds) {
      guild.channels().keySet().forEach(channel -> guildOfChannel.put(channel, guild));
    }
    this.gateway = new FakeGateway(botUser, applicationId, this.guilds, shardTotal);
    gateway.start();
    this.rest = new FakeRest(botUser, gateway::url, () -> shardTotal, this::echo);
  }

  /** Discord sends the bot its own channel messages too, nonce included; not its DMs. */
  private void echo(long channel, ObjectNode message) {
    FakeGuild guild = guildOfChannel.get(channel);
    if (guild != null) {
      ObjectNode copy = message.deepCopy();
      copy.put("guild_id", Long.toString(guild.id()));
      ObjectNode member = Payloads.member(Payloads.JSON.createObjectNode());
      member.remove("user");
      copy.set("member", member);
      gateway.dispatch(guild.id(), "MESSAGE_CREATE", copy);
    }
  }

  public URI apiUrl() {
    return URI.create(rest.baseUrl());
  }

  public URI gatewayUrl() {
    awaitGatewayPort();
    return URI.create(gateway.url());
  }

  private void awaitGatewayPort() {
    org.awaitility.Awaitility.await().until(() -> gateway.getPort() > 0);
  }

  public FakeGuild guild(int index) {
    return guilds.get(index);
  }

  public List<RestCall> calls() {
    return rest.calls();
  }

  public List<RestCall> calls(String method, String pathRegex) {
    return rest.calls().stream()
        .filter(c -> c.method().equals(method) && c.path().matches(pathRegex))
        .toList();
  }

  public void clearCalls() {
    rest.clearCalls();
  }

  public List<JsonNode> gatewayReceived() {
    return gateway.received();
  }

  /** How each gateway connection that has ended ended, in order. */
  public List<Closed> gatewayClosed() {
    return gateway.closed();
  }

  public ObjectNode member(long id) {
    return Payloads.user(id, "member-" + id, false);
  }

  public ObjectNode bot(long id) {
    return Payloads.user(id, "ci-bot", true);
  }

  /** Sends MESSAGE_CREATE and returns the message. */
  public ObjectNode postMessage(FakeGuild guild, long channel, ObjectNode author, String text) {
    return postMessage(guild, channel, author, text, Snowflakes.next());
  }

  /** Sends MESSAGE_CREATE for a message posted at {@code at} (its id says when). */
  public ObjectNode postMessageAt(
      FakeGuild guild, long channel, ObjectNode author, String text, Instant at) {
    return postMessage(guild, channel, author, text, Snowflakes.at(at));
  }

  /**
   * Opens a post in {@code forum}: THREAD_CREATE for the post's thread, then MESSAGE_CREATE for its
   * starter message, whose id is the thread's (as on Discord).
   *
   * @return the thread (= starter message) id
   */
  public long forumPost(
      FakeGuild guild, long forum, ObjectNode author, String title, String text, Instant at) {
    long id = Snowflakes.at(at);
    guildOfChannel.put(id, guild);
    gateway.dispatch(
        guild.id(),
        "THREAD_CREATE",
        Payloads.forumPost(id, guild.id(), forum, title, author.get("id").asLong()));
    postMessage(guild, id, author, text, id);
    return id;
  }

  private ObjectNode postMessage(
      FakeGuild guild, long channel, ObjectNode author, String text, long id) {
    ObjectNode message = Payloads.message(id, guild.id(), channel, author, text, 0);
    ObjectNode member = Payloads.member(Payloads.JSON.createObjectNode());
    member.remove("user");
    message.set("member", member);
    gateway.dispatch(guild.id(), "MESSAGE_CREATE", message);
    return message;
  }

  /** The JSON of a message request, also when it came as multipart with files. */
  public static String payloadJson(String requestBody) {
    return FakeRest.payloadJson(requestBody);
  }

  public void dispatch(FakeGuild guild, String type, ObjectNode data) {
    gateway.dispatch(guild.id(), type, data);
  }

  /** A message only history knows about, as if sent while the bot was not listening. */
  public ObjectNode addToHistory(FakeGuild guild, long channel, ObjectNode author, String text) {
    ObjectNode message = Payloads.message(Snowflakes.next(), guild.id(), channel, author, text, 0);
    rest.addHistory(channel, message);
    return message;
  }

  public void closeShard(int shard, int code) {
    gateway.closeShard(shard, code);
  }

  public void invalidateSession(int shard) {
    gateway.invalidateSession(shard);
  }

  public void replayAlreadySentOnResume(int count) {
    gateway.replayAlreadySentOnResume(count);
  }

  public void refuseIdentifyWith(int code) {
    gateway.refuseIdentifyWith(code);
  }

  /** The next request matching {@code method} and {@code pathRegex} gets this answer instead. */
  public void answerNext(
      String method, String pathRegex, int status, Map<String, String> headers, String body) {
    rest.script(new FakeRest.Scripted(method, pathRegex, status, headers, body));
  }

  /** Sends INTERACTION_CREATE for {@code /async <group?> <sub> options…} from {@code member}. */
  public void slashCommand(
      FakeGuild guild, long channel, long memberId, boolean moderator, ObjectNode data) {
    gateway.dispatch(
        guild.id(),
        "INTERACTION_CREATE",
        Interactions.slash(this, guild, channel, memberId, moderator, data));
  }

  /** Sends INTERACTION_CREATE for the submission of modal {@code modalId} with these values. */
  public void modalSubmit(
      FakeGuild guild, long channel, long memberId, String modalId, Map<String, String> values) {
    gateway.dispatch(
        guild.id(),
        "INTERACTION_CREATE",
        Interactions.modalSubmit(this, guild, channel, memberId, modalId, values));
  }

  ObjectNode botUser() {
    return botUser;
  }

  @Override
  public void close() {
    rest.close();
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
