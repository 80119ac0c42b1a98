package io.threadkeeper.slack.export;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.port.ExportFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Streams the objects of a JSON array file one at a time, so that a file of any size is read with
 * one object in memory. Every format problem is reported with the file's path and line. Not
 * thread-safe.
 */
final class JsonArrayReader implements AutoCloseable {
  private final ObjectMapper mapper;
  private final JsonParser parser;
  private final String file;
  private int objectLine;

  private JsonArrayReader(ObjectMapper mapper, JsonParser parser, String file) {
    this.mapper = mapper;
    this.parser = parser;
    this.file = file;
  }

  /**
   * Opens {@code in} and checks that it starts with {@code [}.
   *
   * @param contents what the array holds, for the error message ("messages", "users")
   */
  static JsonArrayReader open(ObjectMapper mapper, InputStream in, String file, String contents)
      throws ExportFormatException, IOException {
    JsonArrayReader reader = new JsonArrayReader(mapper, mapper.createParser(in), file);
    try {
      JsonToken first = reader.nextToken();
      if (first != JsonToken.START_ARRAY) {
        throw reader.problem("expected a JSON array of " + contents + ", found " + describe(first));
      }
      return reader;
    } catch (ExportFormatException | IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** The next object of the array, or empty at its end. */
  Optional<ObjectNode> next() throws ExportFormatException, IOException {
    JsonToken token = nextToken();
    if (token == JsonToken.END_ARRAY) {
      return Optional.empty();
    }
    if (token != JsonToken.START_OBJECT) {
      throw problem("expected an object or ']', found " + describe(token));
    }
    objectLine = parser.currentTokenLocation().getLineNr();
    try {
      return Optional.of(mapper.readTree(parser));
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** An error about the object last returned by {@link #next}. */
  ExportFormatException problemInObject(String what) {
    return new ExportFormatException(file + " line " + objectLine + ": " + what);
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
        file + " line " + location.getLineNr() + ": " + e.getOriginalMessage(), e);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the file";
    }
    return switch (token) {
      case START_OBJECT -> "an object ('{')";
      case START_ARRAY -> "an array ('[')";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
