package io.threadkeeper.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.MemberOverviews;
import io.threadkeeper.slack.message.JsonFields;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a member's Home tab when they open it: the overview comes from the core, is rendered as
 * Block Kit and sent with {@code views.publish}. The query and the call run on a small pool of
 * their own, so the event is acknowledged (by {@link SlackEventIntake}, next in the chain) without
 * waiting for them; when the pool is full the tab keeps what it showed before.
 *
 * <p>Thread-safe.
 */
final class SlackHomeTab implements Middleware, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SlackHomeTab.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String EVENT = "app_home_opened";

  private final MemberOverviews overviews;
  private final BlockKitRenderer renderer;
  private final ThreadPoolExecutor publishing =
      new ThreadPoolExecutor(
          2,
          2,
          30,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(100),
          runnable -> {
            Thread thread = new Thread(runnable, "slack-home-tab");
            thread.setDaemon(true);
            return thread;
          });

  SlackHomeTab(MemberOverviews overviews, BlockKitRenderer renderer) {
    this.overviews = overviews;
    this.renderer = renderer;
    publishing.allowCoreThreadTimeOut(true);
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface declares the raw type
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() == RequestType.Event) {
      homeOpened(req.getRequestBodyAsString())
          .ifPresent(opened -> publishLater(req.getContext().client(), opened));
    }
    return chain.next(req);
  }

  private record Opened(WorkspaceRef workspace, MemberId member) {}

  private static Optional<Opened> homeOpened(String body) {
    try {
      JsonNode callback = JSON.readTree(body);
      JsonNode event = callback.path("event");
      if (!EVENT.equals(JsonFields.text(event, "type").orElse(""))
          || !"home".equals(JsonFields.text(event, "tab").orElse("home"))) {
        return Optional.empty();
      }
      Optional<String> team =
          JsonFields.text(callback, "team_id")
              .or(() -> JsonFields.text(event.path("view"), "team_id"));
      Optional<String> user = JsonFields.text(event, "user");
      if (team.isEmpty() || user.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Opened(new WorkspaceRef(Platform.SLACK, team.get()), new MemberId(user.get())));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void publishLater(MethodsClient client, Opened opened) {
    try {
      publishing.execute(() -> publish(client, opened));
    } catch (RejectedExecutionException e) {
      log.warn("Too many Home tabs to publish; {} keeps the last one", opened.member());
    }
  }

  private void publish(MethodsClient client, Opened opened) {
    try {
      var view = renderer.home(overviews.of(opened.workspace(), opened.member()));
      var published = client.viewsPublish(r -> r.userId(opened.member().value()).view(view));
      if (!published.isOk()) {
        log.warn("Slack did not publish the Home tab: {}", published.getError());
      }
    } catch (Exception e) {
      log.warn(
          "Could not publish the Home tab of {}: {}",
          opened.member(),
          e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    publishing.shutdown();
  }
}
