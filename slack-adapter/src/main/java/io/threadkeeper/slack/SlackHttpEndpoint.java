package io.threadkeeper.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP mode on the JDK's own HTTP server: each request is handed, byte for byte, to Bolt,
 * which verifies the signature and its five-minute window before any handler runs, and Bolt's
 * answer goes back as it is (401 for a bad signature, 503 when the inbox cannot store).
 *
 * <p>Bolt's servlet adapter stops at Bolt 1.45 and needs a servlet container; this keeps Bolt 1.51
 * and adds no dependency. Thread-safe: requests run on a small pool.
 */
final class SlackHttpEndpoint implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpEndpoint.class);
  static final String PATH = "/slack/events";
  private static final int THREADS = 8;

  private final HttpServer server;
  private final ExecutorService executor;

  private SlackHttpEndpoint(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static SlackHttpEndpoint start(App app, SlackSettings settings) throws IOException {
    HttpServer server =
        HttpServer.create(
            new InetSocketAddress(settings.httpBindAddress(), settings.httpPort()), 64);
    ExecutorService executor = Executors.newFixedThreadPool(THREADS, SlackHttpEndpoint::daemon);
    SlackRequestParser parser = new SlackRequestParser(app.config());
    server.createContext(PATH, exchange -> handle(app, parser, exchange));
    if (app.config().isOAuthRedirectUriPathEnabled()) {
      SlackOAuthPages.register(server, app, parser);
    }
    server.setExecutor(executor);
    server.start();
    log.info("Slack HTTP endpoint listening on {}{}", server.getAddress(), PATH);
    return new SlackHttpEndpoint(server, executor);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static void handle(App app, SlackRequestParser parser, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, Response.builder().statusCode(405).body("").build());
        return;
      }
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Request<?> request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(Map.of())
                  .headers(new RequestHeaders(Map.copyOf(exchange.getRequestHeaders())))
                  .requestBody(body)
                  .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                  .build());
      send(exchange, run(app, request));
    }
  }

  private static Response run(App app, Request<?> request) {
    try {
      return app.run(request);
    } catch (Exception e) {
      log.error("A Slack request failed: {}", e.getMessage(), e);
      return Response.builder().statusCode(500).body("{\"error\":\"Something is wrong\"}").build();
    }
  }

  static void send(HttpExchange exchange, Response response) throws IOException {
    byte[] bytes =
        response.getBody() == null
            ? new byte[0]
            : response.getBody().getBytes(StandardCharsets.UTF_8);
    if (response.getContentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.getContentType());
    }
    if (response.getHeaders() != null) {
      response
          .getHeaders()
          .forEach((name, values) -> exchange.getResponseHeaders().put(name, List.copyOf(values)));
    }
    exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "slack-http");
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
  }
}
