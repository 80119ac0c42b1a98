package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.time.WorkingHours;
import java.io.IOException;
import java.util.function.Function;

/** The one JSON mapping of what the store keeps in {@code jsonb} columns: ids as plain strings. */
final class StoreJson {
  private StoreJson() {}

  static ObjectMapper mapper() {
    SimpleModule ids = new SimpleModule("threadkeeper-ids");
    stringValued(ids, ChannelId.class, ChannelId::value, ChannelId::new);
    stringValued(ids, MemberId.class, MemberId::value, MemberId::new);
    stringValued(ids, MessageKey.class, MessageKey::value, MessageKey::new);
    stringValued(ids, EventKey.class, EventKey::value, EventKey::new);
    stringValued(ids, WorkspaceRef.class, WorkspaceRef::key, WorkspaceRef::parse);
    stringValued(ids, WorkingHours.class, WorkingHours::toString, WorkingHours::parse);
    stringValued(ids, IsoWeek.class, IsoWeek::toString, IsoWeek::parse);
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .registerModule(ids)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
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
