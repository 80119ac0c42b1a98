package io.threadkeeper.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.threadkeeper.core.command.IsoWeek;
import java.io.IOException;

/**
 * Writes the report as JSON and reads it back: instants in ISO-8601, durations as {@code PT…},
 * weeks as {@code 2026-W47}. Thread-safe.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule("iso-week")
                  .addSerializer(IsoWeek.class, new WeekWriter())
                  .addDeserializer(IsoWeek.class, new WeekReader()))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ReportJson() {}

  public static String render(WeeklyReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report could not be written as JSON", e);
    }
  }

  /**
   * Reads what {@link #render} wrote.
   *
   * @throws IllegalArgumentException when the text is not such a report
   */
  public static WeeklyReport read(String json) {
    try {
      return MAPPER.readValue(json, WeeklyReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a weekly report: " + e.getOriginalMessage(), e);
    }
  }

  private static final class WeekWriter extends JsonSerializer<IsoWeek> {
    @Override
    public void serialize(IsoWeek week, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeString(week.toString());
    }
  }

  private static final class WeekReader extends JsonDeserializer<IsoWeek> {
    @Override
    public IsoWeek deserialize(JsonParser json, DeserializationContext context) throws IOException {
      return IsoWeek.parse(json.getValueAsString());
    }
  }
}
