package io.threadkeeper.deploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.threadkeeper.core.time.NoWorkingTimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code threadkeeper deadline}: business-time deadlines for JSON Lines on standard input, one
 * answer line per request line, in order. Not thread-safe; one instance per run.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes reply deadlines in business time.",
      "Reads JSON Lines on standard input, one request per line:",
      "  {\"id\": \"d1\", \"start\": \"2026-03-06T11:00:00Z\", \"window\": \"PT8H\","
          + " \"zone\": \"Asia/Kolkata\", \"hours\": \"Mon-Fri 09:00-17:00\","
          + " \"holidays\": [\"2026-03-09\"]}",
      "and writes one line per request, in order:",
      "  {\"id\": \"d1\", \"due\": \"2026-03-10T11:00:00Z\"} or {\"id\": \"d1\", \"error\": \"...\"}",
      "start (ISO-8601 instant), window (ISO-8601 duration of working time; P1D is 24 working"
          + " hours, not one working day) and zone (IANA name) are required; hours defaults to"
          + " Mon-Fri 09:00-17:00 and holidays (local dates) to none.",
      "Blank lines are skipped. The exit status is 0 unless standard input cannot be read."
    })
public final class DeadlineCommand implements Callable<Integer> {
  private static final DateTimeFormatter UTC_SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  // ASCII output reads the same whatever the charset of the terminal or pipe.
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
          .build();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  public DeadlineCommand() {
    this(System.in, System.out, System.err);
  }

  public DeadlineCommand(InputStream in, PrintStream out) {
    this(in, out, System.err);
  }

  public DeadlineCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          out.println(answer(line));
          out.flush();
        }
      }
      return 0;
    } catch (IOException e) {
      err.println("deadline: cannot read standard input: " + e.getMessage());
      return 1;
    }
  }

  private static String answer(String line) {
    JsonNode json;
    try {
      json = JSON.readTree(withoutByteOrderMark(line));
    } catch (JsonProcessingException e) {
      return error(NullNode.getInstance(), "malformed JSON: " + e.getOriginalMessage());
    }
    if (!json.isObject()) {
      String type = json.getNodeType().name().toLowerCase(Locale.ROOT);
      return error(NullNode.getInstance(), "expected a JSON object, got " + type);
    }
    JsonNode id = json.has("id") ? json.get("id") : NullNode.getInstance();
    try {
      return due(id, DeadlineRequest.from(json).due());
    } catch (InvalidFieldException | NoWorkingTimeException e) {
      return error(id, e.getMessage());
    } catch (DateTimeException | ArithmeticException e) {
      return error(id, "window: too long; the deadline would be out of range");
    }
  }

  private static String withoutByteOrderMark(String line) {
    // Editors on Windows like to start UTF-8 files with one.
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static String due(JsonNode id, Instant due) {
    return "{\"id\": " + json(id) + ", \"due\": " + json(UTC_SECONDS.format(due)) + "}";
  }

  private static String error(JsonNode id, String message) {
    return "{\"id\": " + json(id) + ", \"error\": " + json(message) + "}";
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string or a parsed JSON value always writes", e);
    }
  }
}
