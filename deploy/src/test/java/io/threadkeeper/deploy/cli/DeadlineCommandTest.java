package io.threadkeeper.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeadlineCommandTest {
  private static final String MALFORMED = "{\"id\": null, \"error\": \"malformed JSON: ";
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void answersTheKolkataExampleInTheDocumentedShape() {
    int status =
        run(
            "{\"id\": \"d1\", \"start\": \"2026-03-06T11:00:00Z\", \"window\": \"PT8H\","
                + " \"zone\": \"Asia/Kolkata\", \"hours\": \"Mon-Fri 09:00-17:00\","
                + " \"holidays\": [\"2026-03-09\"]}");

    assertThat(status).isZero();
    assertThat(output()).containsExactly("{\"id\": \"d1\", \"due\": \"2026-03-10T11:00:00Z\"}");
  }

  @Test
  void answersEveryLineInOrderAndKeepsGoingAfterBadOnes() {
    int status =
        run(
            line("a", "2026-03-06T11:00:00Z", "PT8H", "\"zone\": \"Asia/Kolkata\""),
            "this is not json",
            "",
            "   ",
            line("b", "2026-03-06T11:00:00Z", "PT8H", "\"zone\": \"Mars/Olympus\""),
            line("c", "2026-03-06T16:00:00Z", "PT2H", "\"zone\": \"UTC\""));

    assertThat(status).isZero();
    assertThat(output())
        .satisfiesExactly(
            a -> assertThat(a).isEqualTo("{\"id\": \"a\", \"due\": \"2026-03-09T11:00:00Z\"}"),
            malformed -> assertThat(malformed).startsWith(MALFORMED),
            b ->
                assertThat(b)
                    .isEqualTo(
                        "{\"id\": \"b\", \"error\": \"zone: unknown time zone 'Mars/Olympus';"
                            + " use an IANA name such as Europe/Berlin\"}"),
            c -> assertThat(c).isEqualTo("{\"id\": \"c\", \"due\": \"2026-03-09T10:00:00Z\"}"));
  }

  @Test
  void namesTheFieldThatIsWrong() {
    run(
        line("start", "yesterday", "PT8H", "\"zone\": \"UTC\""),
        line("window", "2026-03-06T11:00:00Z", "8h", "\"zone\": \"UTC\""),
        line("negative", "2026-03-06T11:00:00Z", "-PT1H", "\"zone\": \"UTC\""),
        "{\"id\": \"no zone\", \"start\": \"2026-03-06T11:00:00Z\", \"window\": \"PT1H\"}",
        line("hours", "2026-03-06T11:00:00Z", "PT1H", "\"zone\": \"UTC\", \"hours\": \"9-5\""),
        line(
            "holiday",
            "2026-03-06T11:00:00Z",
            "PT1H",
            "\"zone\": \"UTC\", \"holidays\": [\"2026-12-25\", \"2026-13-01\"]"),
        line(
            "holidays",
            "2026-03-06T11:00:00Z",
            "PT1H",
            "\"zone\": \"UTC\", \"holidays\": \"2026-12-25\""));

    assertThat(output())
        .containsExactly(
            "{\"id\": \"start\", \"error\": \"start: expected an ISO-8601 instant such as"
                + " \\\"2026-03-06T11:00:00Z\\\", got \\\"yesterday\\\"\"}",
            "{\"id\": \"window\", \"error\": \"window: expected an ISO-8601 duration such as"
                + " \\\"PT8H\\\" or \\\"PT1H30M\\\", got \\\"8h\\\"\"}",
            "{\"id\": \"negative\", \"error\": \"window: must not be negative, got \\\"-PT1H\\\"\"}",
            "{\"id\": \"no zone\", \"error\": \"zone: missing; expected an IANA time zone name such"
                + " as \\\"Europe/Berlin\\\"\"}",
            "{\"id\": \"hours\", \"error\": \"hours: invalid working hours \\\"9-5\\\": group"
                + " \\\"9-5\\\" needs days followed by time ranges; expected a form such as"
                + " \\\"Mon-Fri 09:00-17:00\\\" or"
                + " \\\"Mon,Wed,Fri 08:00-12:00,13:00-17:00; Sat 10:00-14:00\\\"\"}",
            "{\"id\": \"holiday\", \"error\": \"holidays[1]: expected a date such as"
                + " \\\"2026-12-25\\\", got \\\"2026-13-01\\\"\"}",
            "{\"id\": \"holidays\", \"error\": \"holidays: expected an array of dates such as"
                + " [\\\"2026-12-25\\\"], got \\\"2026-12-25\\\"\"}");
  }

  @Test
  void defaultsToNineToFiveOnWeekdaysWithoutHolidays() {
    run(
        "{\"id\": 7, \"start\": \"2026-03-06T16:30:00Z\", \"window\": \"PT1H\", \"zone\": \"UTC\","
            + " \"hours\": null, \"unknown\": true}");

    assertThat(output()).containsExactly("{\"id\": 7, \"due\": \"2026-03-09T09:30:00Z\"}");
  }

  @Test
  void truncatesTheDueInstantToWholeSeconds() {
    run(line("ms", "2026-03-06T10:00:00.999Z", "PT0S", "\"zone\": \"UTC\""));

    assertThat(output()).containsExactly("{\"id\": \"ms\", \"due\": \"2026-03-06T10:00:00Z\"}");
  }

  @Test
  void answersWithoutAnIdWhenTheLineHasNone() {
    run(
        "{\"start\": \"2026-03-06T10:00:00Z\", \"window\": \"PT1H\", \"zone\": \"UTC\"}",
        "[1, 2]",
        "{\"id\": \"x\"} trailing");

    assertThat(output())
        .satisfiesExactly(
            due -> assertThat(due).isEqualTo("{\"id\": null, \"due\": \"2026-03-06T11:00:00Z\"}"),
            array ->
                assertThat(array)
                    .isEqualTo("{\"id\": null, \"error\": \"expected a JSON object, got array\"}"),
            trailing -> assertThat(trailing).startsWith(MALFORMED));
  }

  @Test
  void reportsACalendarWithoutWorkingTime() {
    run(
        line(
            "closed",
            "2026-03-06T10:00:00Z",
            "PT1H",
            "\"zone\": \"UTC\", \"hours\": \"Sat 09:00-10:00\","
                + " \"holidays\": "
                + everySaturday()));

    assertThat(output())
        .containsExactly(
            "{\"id\": \"closed\", \"error\": \"no working time in the 732 days after"
                + " 2026-03-06T10:00:00Z in UTC; check the working hours and holidays\"}");
  }

  @Test
  void failsOnlyWhenStandardInputCannotBeRead() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("device gone");
          }
        };

    int status = new CommandLine(new DeadlineCommand(broken, print(out), print(err))).execute();

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("deadline: cannot read standard input: device gone" + System.lineSeparator());
  }

  @Test
  void helpDescribesTheContract() {
    CommandLine command = new CommandLine(new DeadlineCommand(input(), print(out), print(err)));
    command.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));

    assertThat(command.execute("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: deadline [-hV]")
        .contains("Computes reply deadlines in business time.")
        .contains("{\"id\": \"d1\", \"due\": \"2026-03-10T11:00:00Z\"}");
  }

  private int run(String... lines) {
    return new CommandLine(new DeadlineCommand(input(lines), print(out), print(err))).execute();
  }

  private static String line(String id, String start, String window, String rest) {
    return "{\"id\": \""
        + id
        + "\", \"start\": \""
        + start
        + "\", \"window\": \""
        + window
        + "\", "
        + rest
        + "}";
  }

  private static String everySaturday() {
    StringBuilder dates = new StringBuilder("[");
    for (var day = java.time.LocalDate.of(2026, 3, 7);
        day.getYear() < 2029;
        day = day.plusWeeks(1)) {
      dates.append(dates.length() > 1 ? ", " : "").append('"').append(day).append('"');
    }
    return dates.append(']').toString();
  }

  private static InputStream input(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private List<String> output() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
