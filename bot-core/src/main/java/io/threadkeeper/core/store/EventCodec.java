package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventTypes;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import java.io.IOException;

/**
 * Turns a {@link ChatEvent} into what the inbox stores: its type, a JSON payload without the
 * message text, and the text on its own (kept only until the event is processed).
 *
 * <p>Thread-safe.
 */
public final class EventCodec {
  private final ObjectMapper mapper;

  public EventCodec() {
    this.mapper = StoreJson.mapper();
  }

  /** An event split for storage. */
  public record Encoded(String type, String payload, String text) {}

  public Encoded encode(ChatEvent event) {
    String text = null;
    ChatEvent stored = event;
    if (event instanceof MessagePosted posted) {
      text = posted.text();
      stored = posted.withoutText();
    } else if (event instanceof MessageEdited edited) {
      text = edited.text();
      stored = edited.withoutText();
    }
    try {
      return new Encoded(event.type(), mapper.writeValueAsString(stored), text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a " + event.type() + " event", e);
    }
  }

  /** Rebuilds an event; {@code text} is null once the row was processed. */
  public ChatEvent decode(String type, String payload, String text) {
    ChatEvent event;
    try {
      event = mapper.readValue(payload, EventTypes.classOf(type));
    } catch (IOException e) {
      throw new IllegalStateException("stored " + type + " event cannot be read", e);
    }
    if (text == null) {
      return event;
    }
    if (event instanceof MessagePosted p) {
      return new MessagePosted(
          p.workspace(),
          p.key(),
          p.occurredAt(),
          p.channel(),
          p.message(),
          p.threadRoot(),
          p.author(),
          p.authorKind(),
          text,
          p.broadcast(),
          p.attachments());
    }
    if (event instanceof MessageEdited e) {
      return new MessageEdited(
          e.workspace(),
          e.key(),
          e.occurredAt(),
          e.channel(),
          e.message(),
          e.threadRoot(),
          e.editor(),
          text);
    }
    return event;
  }
}
