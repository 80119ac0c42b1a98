package io.threadkeeper.slack.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Slack's Web API on 127.0.0.1: records every call (method, form fields, token) and answers with
 * the smallest bodies Bolt accepts, unless a test scripted another answer for a method.
 * Thread-safe.
 */
public final class FakeWebApi implements AutoCloseable {
  public static final String TEAM = "T0NW1";
  public static final String BOT_USER = "U0BOT";
  public static final String BOT_ID = "B0TK";

  /** One request the fake received. */
  public record Call(String method, Map<String, String> form, String token, Instant at) {
    public String field(String name) {
      return form.get(name);
    }
  }

  /** A scripted answer. */
  public record Reply(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
  private final AtomicLong nextTs = new AtomicLong(1_772_500_000_000_100L);
  private volatile Function<String, String> socketUrl = method -> "ws://127.0.0.1:1/";
  private volatile Function<Call, Optional<Reply>> answers = call -> Optional.empty();

  public FakeWebApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  public void socketModeUrl(String url) {
    socketUrl = method -> url;
  }

  /** The next call of {@code method} gets this answer instead of the default. */
  public void scriptOnce(String method, Reply reply) {
    scripted.computeIfAbsent(method, m -> new ArrayDeque<>()).add(reply);
  }

  /** Answers that depend on the call (its token, its fields), tried before the defaults. */
  public void answerWith(Function<Call, Optional<Reply>> answers) {
    this.answers = answers;
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  public void forgetCalls() {
    calls.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      String token = auth == null ? null : auth.replace("Bearer ", "");
      Call call = new Call(method, form(body), token, Instant.now());
      calls.add(call);
      Deque<Reply> queue = scripted.get(method);
      Reply reply = queue == null ? null : queue.poll();
      if (reply == null) {
        reply = answers.apply(call).orElse(null);
      }
      if (reply == null) {
        reply = new Reply(200, Map.of(), defaultBody(method));
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private String defaultBody(String method) {
    String ts =
        String.format("%d.%06d", nextTs.get() / 1_000_000, nextTs.getAndIncrement() % 1_000_000);
    return switch (method) {
      case "auth.test" ->
          "{\"ok\":true,\"url\":\"https://nw.slack.com/\",\"team\":\"Northwind\",\"user\":\"threadkeeper\","
              + "\"team_id\":\""
              + TEAM
              + "\",\"user_id\":\""
              + BOT_USER
              + "\",\"bot_id\":\""
              + BOT_ID
              + "\"}";
      case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl.apply(method) + "\"}";
      case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"C0PLAN\",\"ts\":\"" + ts + "\"}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"" + ts + "\"}";
      case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D0DM\"}}";
      case "conversations.history", "conversations.replies" ->
          "{\"ok\":true,\"messages\":[],\"has_more\":false}";
      case "users.info" ->
          "{\"ok\":true,\"user\":{\"id\":\"U0ANA\",\"team_id\":\""
              + TEAM
              + "\",\"is_admin\":false,\"is_owner\":false}}";
      default -> "{\"ok\":true}";
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
