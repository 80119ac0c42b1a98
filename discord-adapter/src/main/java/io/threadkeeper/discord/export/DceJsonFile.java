package io.threadkeeper.discord.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.port.ExportFormatException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Streams one DiscordChatExporter JSON file: its head ({@code guild}, {@code channel}) up to the
 * {@code messages} array, then the messages one object at a time, so that a file of any size is
 * read with one message in memory. Every format problem names the file and line. Not thread-safe.
 */
final class DceJsonFile implements AutoCloseable {
  private final ObjectMapper mapper;
  private final JsonParser parser;
  private final Path file;
  private ObjectNode guild;
  private ObjectNode channel;
  private int objectLine;

  private DceJsonFile(ObjectMapper mapper, JsonParser parser, Path file) {
    this.mapper = mapper;
    this.parser = parser;
    this.file = file;
  }

  /**
   * @throws ExportFormatException when the first bytes name no encoding JSON can be in (found by
   *     DiscordExportFuzzTest: Jackson reports those as a {@link CharConversionException})
   */
  static DceJsonFile open(ObjectMapper mapper, Path file)
      throws ExportFormatException, IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new DceJsonFile(mapper, mapper.createParser(in), file);
    } catch (CharConversionException e) {
      in.close();
      throw new ExportFormatException(file + " is not JSON: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads up to the start of the {@code messages} array.
   *
   * @return the channel, or empty when the file is JSON but not shaped like an export: not an
   *     object, or no {@code guild} and {@code channel} before {@code messages}
   * @throws ExportFormatException when the file is not JSON at all
   */
  Optional<ExportedChannel> head() throws ExportFormatException, IOException {
    if (nextToken() != JsonToken.START_OBJECT) {
      return Optional.empty();
    }
    for (JsonToken token = nextToken(); token == JsonToken.FIELD_NAME; token = nextToken()) {
      String field = parser.currentName();
      JsonToken value = nextToken();
      if ("messages".equals(field)) {
        return value == JsonToken.START_ARRAY ? channel() : Optional.empty();
      }
      if ("guild".equals(field) && value == JsonToken.START_OBJECT) {
        guild = readObject();
      } else if ("channel".equals(field) && value == JsonToken.START_OBJECT) {
        channel = readObject();
      } else {
        skip();
      }
    }
    return Optional.empty();
  }

  /** The next message, or empty at the end of the {@code messages} array. */
  Optional<ObjectNode> next() throws ExportFormatException, IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.END_ARRAY) {
      return Optional.empty();
    }
    if (token != JsonToken.START_OBJECT) {
      throw problem("expected a message object or ']' in \"messages\", found " + token);
    }
    objectLine = parser.currentTokenLocation().getLineNr();
    return Optional.of(readObject());
  }

  /** An error about the message last returned by {@link #next}. */
  ExportFormatException problemInMessage(String what) {
    return new ExportFormatException(file + " line " + objectLine + ": " + what);
  }

  private Optional<ExportedChannel> channel() {
    if (guild == null || channel == null) {
      return Optional.empty();
    }
    Optional<String> guildId = text(guild, "id");
    Optional<String> channelId = text(channel, "id");
    if (guildId.isEmpty() || channelId.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExportedChannel(
            file,
            guildId.get(),
            text(guild, "name").orElse(null),
            channelId.get(),
            text(channel, "name").orElse(null),
            text(channel, "type").orElse(null),
            text(channel, "categoryId").orElse(null)));
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private ObjectNode readObject() throws ExportFormatException, IOException {
    try {
      return mapper.readTree(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private void skip() throws ExportFormatException, IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private JsonToken nextToken() throws ExportFormatException, IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  private ExportFormatException problem(String what) {
    return new ExportFormatException(
        file + " line " + parser.currentTokenLocation().getLineNr() + ": " + what);
  }

  private ExportFormatException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
    return new ExportFormatException(
        file + " line " + location.getLineNr() + ": malformed JSON: " + e.getOriginalMessage(), e);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
