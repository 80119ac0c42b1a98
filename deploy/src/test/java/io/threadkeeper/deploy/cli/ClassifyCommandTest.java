package io.threadkeeper.deploy.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClassifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final StringWriter stderr = new StringWriter();
  private int exitCode;

  private List<JsonNode> run(String stdin) {
    return run(new ByteArrayInputStream(stdin.getBytes(UTF_8)));
  }

  private List<JsonNode> run(InputStream stdin) {
    CommandLine cli =
        new CommandLine(new ClassifyCommand(stdin, new PrintStream(stdout, true, UTF_8)));
    cli.setErr(new PrintWriter(stderr, true));
    exitCode = cli.execute();
    List<JsonNode> answers = new ArrayList<>();
    for (String line : stdout.toString(UTF_8).split("\n", -1)) {
      if (!line.isEmpty()) {
        answers.add(read(line));
      }
    }
    return answers;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  @Test
  void answersEachLineInOrderWithTheRuleAndTheExactRawMatch() {
    List<JsonNode> answers =
        run(
            """
            {"id": "m1", "platform": "slack", "text": "<!here> who has the keys?", "urgent_channel": false, "author_bot": false}
            {"id": "m2", "platform": "discord", "text": "Thanks for the photos!"}
            {"id": "m3", "platform": "discord", "text": "can everyone jump in now?"}
            """);

    assertThat(answers)
        .containsExactly(
            read(
                "{\"id\":\"m1\",\"pressure\":true,\"rule\":\"broadcast-mention\",\"matched\":\"<!here>\"}"),
            read("{\"id\":\"m2\",\"pressure\":false,\"rule\":null,\"matched\":null}"),
            read(
                "{\"id\":\"m3\",\"pressure\":true,\"rule\":\"jump-in-now\",\"matched\":\"jump in now\"}"));
    assertThat(exitCode).isZero();
  }

  @Test
  void writesKeysInTheDocumentedOrderOnePerLine() {
    run("{\"id\": \"m1\", \"platform\": \"slack\", \"text\": \"fine\"}\n");

    assertThat(stdout.toString(UTF_8))
        .isEqualTo("{\"id\":\"m1\",\"pressure\":false,\"rule\":null,\"matched\":null}\n");
  }

  @Test
  void urgentChannelsAndBotsAreNeverPressuredAndFlagsDefaultToFalse() {
    List<JsonNode> answers =
        run(
            """
            {"id": "a", "platform": "slack", "text": "need this ASAP", "urgent_channel": true}
            {"id": "b", "platform": "slack", "text": "need this ASAP", "author_bot": true}
            {"id": "c", "platform": "slack", "text": "need this ASAP", "urgent_channel": null}
            """);

    assertThat(answers)
        .extracting(a -> a.get("pressure").asBoolean())
        .containsExactly(false, false, true);
  }

  @Test
  void skipsBlankLinesAndAByteOrderMark() {
    List<JsonNode> answers =
        run(
            "\uFEFF{\"id\":\"a\",\"platform\":\"slack\",\"text\":\"hi\"}\n\n   \n"
                + "{\"id\":\"b\",\"platform\":\"DISCORD\",\"text\":\"hi\"}\r\n");

    assertThat(answers).extracting(a -> a.get("id").asText()).containsExactly("a", "b");
  }

  @Test
  void malformedLinesGetAnErrorAndTheRestContinue() {
    List<JsonNode> answers =
        run(
            """
            not json
            {"id": "m1", "platform": "slack", "text": "ok"} trailing
            [1, 2]
            {"platform": "slack", "text": "no id"}
            {"id": 7, "platform": "slack", "text": "numeric id"}
            {"id": "m2", "platform": "slack"}
            {"id": "m3", "platform": "teams", "text": "hi"}
            {"id": "m4", "text": "hi"}
            {"id": "m5", "platform": "slack", "text": "hi", "author_bot": "yes"}
            {"id": "m6", "platform": "slack", "text": "ASAP please"}
            """);

    assertThat(answers).hasSize(10);
    assertThat(answers.subList(0, 5))
        .allSatisfy(
            a -> {
              assertThat(a.get("id").isNull()).isTrue();
              assertThat(a.get("error").asText()).isNotBlank();
            });
    assertThat(answers.subList(5, 9))
        .extracting(a -> a.get("id").asText(), a -> a.has("error"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("m2", true),
            org.assertj.core.groups.Tuple.tuple("m3", true),
            org.assertj.core.groups.Tuple.tuple("m4", true),
            org.assertj.core.groups.Tuple.tuple("m5", true));
    assertThat(answers.get(6).get("error").asText()).contains("teams");
    assertThat(answers.get(9).get("rule").asText()).isEqualTo("asap");
    assertThat(exitCode).isZero();
  }

  @Test
  void unicodeSurvivesTheRoundTrip() {
    List<JsonNode> answers =
        run(
            """
            {"id": "café-☕", "platform": "discord", "text": "Zoë needs the budget ASAP 🙏"}
            {"id": "esc", "platform": "slack", "text": "\\u00e9t\\u00e9 <!here> \\ud83d\\ude4f"}
            """);

    assertThat(answers.get(0).get("id").asText()).isEqualTo("café-☕");
    assertThat(answers.get(0).get("matched").asText()).isEqualTo("ASAP");
    assertThat(answers.get(1).get("matched").asText()).isEqualTo("<!here>");
  }

  @Test
  void aLoneSurrogateInTheInputStillGetsAnAnswer() {
    List<JsonNode> answers =
        run(
            "{\"id\": \"\\ud800\", \"platform\": \"slack\", \"text\": \"\\udc00 ASAP\"}\n"
                + "{\"id\": \"next\", \"platform\": \"slack\", \"text\": \"hi\"}\n");

    assertThat(answers).hasSize(2);
    assertThat(answers.get(1).get("id").asText()).isEqualTo("next");
  }

  @Test
  void invalidUtf8IsReadAsReplacementCharacters() {
    byte[] bytes =
        "{\"id\":\"x\",\"platform\":\"slack\",\"text\":\"caf\u00e9 ASAP\"}\n".getBytes(UTF_8);
    bytes[bytes.length - 9] = (byte) 0xC3;
    bytes[bytes.length - 8] = (byte) 0x28;

    List<JsonNode> answers = run(new ByteArrayInputStream(bytes));

    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).get("id").asText()).isEqualTo("x");
  }

  @Test
  void flushesEachAnswerBeforeReadingTheNextLine() {
    byte[] first = "{\"id\":\"a\",\"platform\":\"slack\",\"text\":\"hi\"}\n".getBytes(UTF_8);
    byte[] second = "{\"id\":\"b\",\"platform\":\"slack\",\"text\":\"hi\"}\n".getBytes(UTF_8);
    List<String> seenBeforeSecondLine = new ArrayList<>();
    InputStream stdin =
        new InputStream() {
          private int reads;

          @Override
          public int read() {
            throw new UnsupportedOperationException();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            reads++;
            if (reads == 1) {
              System.arraycopy(first, 0, buffer, offset, first.length);
              return first.length;
            }
            if (reads == 2) {
              seenBeforeSecondLine.add(stdout.toString(UTF_8));
              System.arraycopy(second, 0, buffer, offset, second.length);
              return second.length;
            }
            return -1;
          }
        };

    run(stdin);

    assertThat(seenBeforeSecondLine).singleElement().asString().contains("\"id\":\"a\"");
  }

  @Test
  void exitsWithOneWhenStdinCannotBeRead() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }
        };

    run(broken);

    assertThat(exitCode).isEqualTo(1);
    assertThat(stderr.toString()).contains("cannot read standard input", "device gone");
  }

  @Test
  void emptyInputWritesNothingAndSucceeds() {
    assertThat(run("")).isEmpty();
    assertThat(exitCode).isZero();
  }

  @Test
  void helpDescribesTheContract() {
    CommandLine cli =
        new CommandLine(new ClassifyCommand(InputStream.nullInputStream(), System.out));
    StringWriter help = new StringWriter();
    cli.setOut(new PrintWriter(help, true));

    assertThat(cli.execute("--help")).isZero();
    assertThat(help.toString()).contains("JSON Lines", "urgent_channel", "matched", "error");
  }
}
