package io.threadkeeper.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops Bolt in the order that leaves no thread behind: the Socket Mode app first (it forgets its
 * client without closing it, so the client is closed too, or its monitor keeps reconnecting), then
 * the HTTP endpoint and the app; the HTTP client last, and only for good. Every step runs even when
 * an earlier one fails.
 */
final class SlackShutdown {
  private static final Logger log = LoggerFactory.getLogger(SlackShutdown.class);

  private SlackShutdown() {}

  static void quietly(SocketModeApp socketMode, SlackHttpEndpoint http, App app) {
    if (socketMode != null) {
      SocketModeClient client = socketMode.getClient();
      run("Socket Mode app", socketMode::close);
      if (client != null) {
        run("Socket Mode client", client::close);
      }
    }
    if (http != null) {
      run("HTTP endpoint", http::close);
    }
    if (app != null) {
      run("Bolt app", app::stop);
    }
  }

  /** Closes the HTTP client as well; only when the connection is gone for good. */
  static void closeClient(Slack slack) {
    run("Slack client", slack::close);
  }

  private static void run(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      log.warn("Stopping the {} failed: {}", what, e.getMessage());
    }
  }

  private interface Step {
    void run() throws Exception;
  }
}
