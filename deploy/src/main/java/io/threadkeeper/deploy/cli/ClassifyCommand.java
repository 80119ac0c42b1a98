package io.threadkeeper.deploy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.norms.text.PressureClassifier;
import io.threadkeeper.core.norms.text.PressureVerdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the pressure rules over messages given as JSON Lines, one verdict per line. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Reads JSON Lines on standard input and writes one JSON verdict per line, in order.",
      "",
      "Input, one object per line (blank lines are skipped):",
      "  {\"id\": \"m1\", \"platform\": \"slack\", \"text\": \"<raw platform text>\","
          + " \"urgent_channel\": false, \"author_bot\": false}",
      "platform is slack or discord; urgent_channel and author_bot default to false.",
      "",
      "Output, one object per input line:",
      "  {\"id\": \"m1\", \"pressure\": true, \"rule\": \"broadcast-mention\","
          + " \"matched\": \"<!here>\"}",
      "rule and matched are null when pressure is false; matched is the exact text that fired.",
      "",
      "A line that cannot be classified gets {\"id\": ..., \"error\": \"...\"} and the rest go on."
          + " id is null when the line is not a JSON object or has no string id; otherwise it is"
          + " the line's id, so a bad text, platform or flag can be traced to its message.",
      "",
      "Exit status: 0, or 1 if standard input cannot be read or standard output is closed."
    })
public final class ClassifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final InputStream in;
  private final PrintStream out;
  private final PressureClassifier classifier = new PressureClassifier();

  @Spec private CommandSpec spec;

  public ClassifyCommand() {
    this(System.in, System.out);
  }

  public ClassifyCommand(InputStream in, PrintStream out) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Integer call() {
    // Not closed: the caller owns the stream.
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !write(answer(withoutByteOrderMark(line)))) {
          return fail("standard output is closed");
        }
      }
    } catch (IOException e) {
      return fail("cannot read standard input: " + e.getMessage());
    }
    return 0;
  }

  private ObjectNode answer(String line) {
    JsonNode request;
    try {
      request = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (request == null || !request.isObject()) {
      return error(null, "expected a JSON object");
    }
    JsonNode id = request.get("id");
    if (id == null || !id.isTextual()) {
      return error(null, "missing id: expected a string");
    }
    try {
      return verdict(id.asText(), classify(request));
    } catch (IllegalArgumentException e) {
      return error(id.asText(), e.getMessage());
    }
  }

  private PressureVerdict classify(JsonNode request) {
    JsonNode text = request.get("text");
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException("missing text: expected a string");
    }
    return classifier.classify(
        platform(request.get("platform")),
        text.asText(),
        flag(request, "urgent_channel"),
        flag(request, "author_bot"));
  }

  private static Platform platform(JsonNode platform) {
    if (platform == null || !platform.isTextual()) {
      throw new IllegalArgumentException("missing platform: expected slack or discord");
    }
    return Platform.fromKey(platform.asText().toLowerCase(Locale.ROOT));
  }

  private static boolean flag(JsonNode request, String name) {
    JsonNode flag = request.get(name);
    if (flag == null || flag.isNull()) {
      return false;
    }
    if (!flag.isBoolean()) {
      throw new IllegalArgumentException(name + " must be true or false");
    }
    return flag.booleanValue();
  }

  private static ObjectNode verdict(String id, PressureVerdict verdict) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("id", id);
    answer.put("pressure", verdict.pressure());
    answer.put("rule", verdict.pressure() ? verdict.rule().id() : null);
    answer.put("matched", verdict.matched());
    return answer;
  }

  private static ObjectNode error(String id, String message) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("id", id);
    answer.put("error", message);
    return answer;
  }

  /** Writes one line and flushes it, so a caller can pair each answer with its request. */
  private boolean write(ObjectNode answer) {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and booleans always serialises", e);
    }
    out.write(json, 0, json.length);
    out.write('\n');
    out.flush();
    return !out.checkError();
  }

  private static String withoutByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private int fail(String message) {
    PrintWriter err =
        spec == null ? new PrintWriter(System.err, true) : spec.commandLine().getErr();
    err.println("classify: " + message);
    err.flush();
    return 1;
  }
}
