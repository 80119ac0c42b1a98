package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.EventTypes;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.io.IOException;
import java.util.function.Function;

/**
 * Turns a {@link ChatEvent} into what the inbox stores: its type, a JSON payload without the
 * message text, and the text on its own (kept only until the event is processed).
 *
 * <p>Thread-safe.
 */
public final class EventCodec {
  private final ObjectMapper mapper;

  public EventCodec() {
    SimpleModule ids = new SimpleModule("threadkeeper-ids");
    stringValued(ids, ChannelId.class, ChannelId::value, ChannelId::new);
    stringValued(ids, MemberId.class, MemberId::value, MemberId::new);
    stringValued(ids, MessageKey.class, MessageKey::value, MessageKey::new);
    stringValued(ids, EventKey.class, EventKey::value, EventKey::new);
    stringValued(ids, WorkspaceRef.class, WorkspaceRef::key, WorkspaceRef::parse);
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(ids)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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

  private static <T> void stringValued(
      SimpleModule module, Class<T> type, Function<T, String> toText, Function<String, T> parse) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            gen.writeString(toText.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            return parse.apply(parser.getValueAsString());
          }
        });
  }
}
