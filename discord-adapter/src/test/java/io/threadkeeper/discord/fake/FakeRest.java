package io.threadkeeper.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Discord's REST API as far as JDA and the adapter use it, on the JDK's HTTP server. */
final class FakeRest implements AutoCloseable {
  /** A canned answer for the next request that matches. */
  record Scripted(
      String method, String path, int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final ObjectNode botUser;
  private final Supplier<String> gatewayUrl;
  private final Supplier<Integer> shardTotal;
  private final List<RestCall> calls = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
  private final Map<Long, ArrayNode> history = new ConcurrentHashMap<>();
  private final Map<Long, JsonNode> commandsByGuild = new ConcurrentHashMap<>();
  private final BiConsumer<Long, ObjectNode> created;

  /**
   * @param created told of every message the bot posts in a channel, before the answer goes out, so
   *     that the gateway can echo it as Discord does
   */
  FakeRest(
      ObjectNode botUser,
      Supplier<String> gatewayUrl,
      Supplier<Integer> shardTotal,
      BiConsumer<Long, ObjectNode> created)
      throws IOException {
    this.botUser = botUser;
    this.created = created;
    this.gatewayUrl = gatewayUrl;
    this.shardTotal = shardTotal;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/api/v10/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  List<RestCall> calls() {
    return List.copyOf(calls);
  }

  void clearCalls() {
    calls.clear();
  }

  void script(Scripted answer) {
    scripted.add(answer);
  }

  /** Messages that {@code GET /channels/{id}/messages} serves, newest first as Discord does. */
  void addHistory(long channel, ObjectNode message) {
    history.computeIfAbsent(channel, c -> Payloads.JSON.createArrayNode()).insert(0, message);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath().substring("/api/v10".length());
    String query = exchange.getRequestURI().getQuery();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(new RestCall(method, path, query, body, Instant.now()));
    for (Scripted answer : scripted) {
      if (answer.method().equals(method)
          && path.matches(answer.path())
          && scripted.remove(answer)) {
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        respond(exchange, answer.status(), answer.body());
        return;
      }
    }
    route(exchange, method, path, query, body);
  }

  private void route(HttpExchange exchange, String method, String path, String query, String body)
      throws IOException {
    String[] parts = path.split("/");
    if (path.equals("/users/@me") && method.equals("GET")) {
      respond(exchange, 200, botUser.toString());
    } else if (path.equals("/gateway/bot")) {
      ObjectNode gateway = Payloads.JSON.createObjectNode();
      gateway.put("url", gatewayUrl.get()).put("shards", shardTotal.get());
      gateway
          .putObject("session_start_limit")
          .put("total", 1000)
          .put("remaining", 1000)
          .put("reset_after", 0)
          .put("max_concurrency", 16);
      respond(exchange, 200, gateway.toString());
    } else if (path.equals("/users/@me/channels") && method.equals("POST")) {
      String recipient = Payloads.JSON.readTree(body).path("recipient_id").asText();
      ObjectNode dm = Payloads.JSON.createObjectNode();
      dm.put("id", Long.toString(Snowflakes.next())).put("type", 1).putNull("last_message_id");
      dm.putArray("recipients").add(Payloads.user(Long.parseLong(recipient), "member", false));
      respond(exchange, 200, dm.toString());
    } else if (parts.length == 4 && parts[1].equals("channels") && parts[3].equals("messages")) {
      long channel = Long.parseLong(parts[2]);
      if (method.equals("POST")) {
        ObjectNode message = created(channel, body);
        created.accept(channel, message);
        respond(exchange, 200, message.toString());
      } else {
        respond(exchange, 200, historyAfter(channel, query).toString());
      }
    } else if (parts.length == 6
        && parts[1].equals("applications")
        && parts[5].equals("commands")) {
      long guild = Long.parseLong(parts[4]);
      if (method.equals("PUT")) {
        commandsByGuild.put(guild, registered(parts[2], guild, body));
      }
      respond(
          exchange,
          200,
          commandsByGuild.getOrDefault(guild, Payloads.JSON.createArrayNode()).toString());
    } else if (parts.length >= 4 && parts[1].equals("interactions")) {
      respond(exchange, 204, "");
    } else if (parts.length >= 4 && parts[1].equals("webhooks")) {
      // The deferred answer edited in, or a follow-up; an ephemeral message in no known channel.
      ObjectNode message = created(0, body);
      message.put("flags", 64);
      respond(exchange, 200, message.toString());
    } else {
      respond(
          exchange,
          404,
          "{\"code\":0,\"message\":\"the fake has no " + method + " " + path + "\"}");
    }
  }

  private ObjectNode created(long channel, String body) throws IOException {
    JsonNode request = Payloads.JSON.readTree(payloadJson(body));
    ObjectNode message =
        Payloads.message(
            Snowflakes.next(), 0, channel, botUser, request.path("content").asText(""), 0);
    ArrayNode embeds = message.putArray("embeds");
    for (JsonNode embed : request.path("embeds")) {
      // Discord answers with every embed typed; JDA rejects an untyped one.
      ObjectNode echoed = embed.deepCopy();
      if (!echoed.hasNonNull("type")) {
        echoed.put("type", "rich");
      }
      embeds.add(echoed);
    }
    if (request.hasNonNull("nonce")) {
      message.put("nonce", request.get("nonce").asText());
    }
    return message;
  }

  /**
   * The JSON of a message request: the body itself, or the {@code payload_json} part of a multipart
   * body (a message with files), whose first line is the boundary.
   */
  static String payloadJson(String body) {
    if (!body.startsWith("--")) {
      return body;
    }
    String boundary = body.substring(0, body.indexOf("\r\n"));
    for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
      int content = part.indexOf("\r\n\r\n");
      if (part.contains("name=\"payload_json\"") && content >= 0) {
        return part.substring(content + 4).strip();
      }
    }
    throw new IllegalArgumentException("a multipart message without payload_json");
  }

  private ArrayNode historyAfter(long channel, String query) {
    long after = 0;
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("after=")) {
          after = Long.parseLong(pair.substring("after=".length()));
        }
      }
    }
    ArrayNode result = Payloads.JSON.createArrayNode();
    for (JsonNode message : history.getOrDefault(channel, Payloads.JSON.createArrayNode())) {
      if (message.get("id").asLong() > after) {
        result.add(message);
      }
    }
    return result;
  }

  private static JsonNode registered(String application, long guild, String body)
      throws IOException {
    ArrayNode commands = (ArrayNode) Payloads.JSON.readTree(body);
    for (JsonNode command : commands) {
      ((ObjectNode) command)
          .put("id", Long.toString(Snowflakes.next()))
          .put("application_id", application)
          .put("guild_id", Long.toString(guild))
          .put("version", Long.toString(Snowflakes.next()));
      if (!command.has("type")) {
        ((ObjectNode) command).put("type", 1);
      }
    }
    return commands;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
