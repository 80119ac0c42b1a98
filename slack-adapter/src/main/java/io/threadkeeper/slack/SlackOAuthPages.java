package io.threadkeeper.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two pages of Slack's OAuth install on the HTTP endpoint: {@link SlackOAuth#INSTALL_PATH}
 * (Bolt issues a state, sets it in a cookie and sends the browser to Slack) and {@link
 * SlackOAuth#REDIRECT_PATH} (Slack sends it back with a code; Bolt checks the state, exchanges the
 * code with {@code oauth.v2.access} and stores the installation). Both are browser GETs, which Bolt
 * runs without a Slack signature. Thread-safe.
 */
final class SlackOAuthPages {
  private static final Logger log = LoggerFactory.getLogger(SlackOAuthPages.class);

  private SlackOAuthPages() {}

  static void register(HttpServer server, App app, SlackRequestParser parser) {
    for (String path : List.of(SlackOAuth.INSTALL_PATH, SlackOAuth.REDIRECT_PATH)) {
      server.createContext(path, exchange -> handle(app, parser, exchange));
    }
  }

  private static void handle(App app, SlackRequestParser parser, HttpExchange exchange)
      throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (!"GET".equals(exchange.getRequestMethod())) {
        SlackHttpEndpoint.send(exchange, Response.builder().statusCode(405).body("").build());
        return;
      }
      Request<?> request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(exchange.getRequestURI().getPath())
                  .queryString(query(exchange.getRequestURI().getRawQuery()))
                  .headers(new RequestHeaders(Map.copyOf(exchange.getRequestHeaders())))
                  .requestBody("")
                  .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                  .build());
      SlackHttpEndpoint.send(exchange, request == null ? notFound() : run(app, request));
    }
  }

  private static Response run(App app, Request<?> request) {
    try {
      return app.run(request);
    } catch (Exception e) {
      // The message could quote Slack's answer; the class is enough to find the cause.
      log.error("A Slack install page failed: {}", e.getClass().getSimpleName());
      return Response.builder().statusCode(500).body("The install failed; try again.").build();
    }
  }

  private static Response notFound() {
    return Response.builder().statusCode(404).body("").build();
  }

  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return fields;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return fields;
  }
}
