package io.threadkeeper.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.inbox.InboxUnavailableException;
import io.threadkeeper.slack.message.BotIdentity;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every Events API request after Bolt has verified and authorised it, stores what it means in
 * the inbox, and only then acknowledges. Storing is the only work done before the ack. When the
 * inbox cannot store, or not within its budget (the connection hands in a {@link
 * io.threadkeeper.core.inbox.BoundedInbox}), the answer is 503: over HTTP Slack retries, and in
 * Socket Mode Bolt sends no ack for a non-200 answer, so Slack redelivers there too.
 *
 * <p>Handling every event type here, rather than one listener per type, means no event is left
 * unacknowledged for lack of a listener. Thread-safe (the inbox is).
 */
final class SlackEventIntake implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(SlackEventIntake.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int UNAVAILABLE = 503;

  private final SlackEventTranslator translator;
  private final Inbox inbox;

  SlackEventIntake(SlackEventTranslator translator, Inbox inbox) {
    this.translator = translator;
    this.inbox = inbox;
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface declares the raw type
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    Optional<ChatEvent> event = translate(req.getRequestBodyAsString(), self(req.getContext()));
    if (event.isPresent()) {
      try {
        inbox.accept(event.get());
      } catch (InboxUnavailableException e) {
        log.warn(
            "Not acknowledging {} event {}: {}",
            event.get().type(),
            event.get().key(),
            e.getMessage());
        return Response.builder().statusCode(UNAVAILABLE).body("inbox unavailable").build();
      }
    }
    return Response.ok();
  }

  private Optional<ChatEvent> translate(String body, BotIdentity self) {
    try {
      JsonNode callback = JSON.readTree(body);
      return callback == null ? Optional.empty() : translator.translate(callback, self);
    } catch (JsonProcessingException | RuntimeException e) {
      // Redelivery would fail the same way; acknowledge and leave a trace without the body.
      log.warn(
          "Could not read a Slack event ({}); acknowledged and dropped",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static BotIdentity self(Context context) {
    return new BotIdentity(context.getBotUserId(), context.getBotId());
  }
}
