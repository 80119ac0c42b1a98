package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.testing.PostgresExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end: the sample community through the real pipeline into PostgreSQL. */
class DemoIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String SCRATCH = "tk_demo_it_" + ProcessHandle.current().pid();

  @TempDir static Path folder;
  private static String output;
  private static Path report;

  @BeforeAll
  static void runDemo() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    report = folder.resolve("report.html");
    int status =
        OfflineRuns.demo(
            DatabaseTarget.of(postgres.settings().jdbcUrl()),
            SCRATCH,
            report,
            new PrintStream(captured, true, StandardCharsets.UTF_8));
    output = captured.toString(StandardCharsets.UTF_8);
    assertThat(status).as(output).isZero();
  }

  @AfterAll
  static void dropScratch() {
    postgres.server().dropDatabase(SCRATCH);
  }

  @Test
  void printsTheCommunitysThreadHealthAndWhereTheReportIs() {
    assertThat(output)
        .contains("Imported")
        .contains("threads")
        .contains("ghost")
        .contains("median time to first reply")
        .contains("#general")
        .containsPattern("[1-9]\\d* pressure nudges")
        .contains("Report written to " + report.toAbsolutePath());
    assertThat(report).content().contains("<table>").contains("#general");
  }

  @Test
  void noMessageTextAndNoFileUrlIsStoredAnywhere() throws Exception {
    List<String> sentences = sampleSentences();
    assertThat(sentences).hasSizeGreaterThan(100);

    List<String> leaks = new ArrayList<>();
    try (Connection connection = scratchConnection();
        Statement statement = connection.createStatement()) {
      List<String[]> columns = textColumns(statement);
      for (String[] column : columns) {
        String values = "select string_agg(" + column[1] + "::text, chr(10)) from " + column[0];
        try (ResultSet rows = statement.executeQuery(values)) {
          rows.next();
          String all = rows.getString(1);
          if (all == null) {
            continue;
          }
          if (all.contains("files.slack.com") || all.contains("url_private")) {
            leaks.add(column[0] + "." + column[1] + ": a file URL");
          }
          for (String sentence : sentences) {
            if (all.contains(sentence)) {
              leaks.add(column[0] + "." + column[1] + ": " + sentence);
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static List<String[]> textColumns(Statement statement) throws SQLException {
    List<String[]> columns = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "select table_name, column_name from information_schema.columns"
                + " where table_schema = 'public'"
                + " and data_type in ('text', 'jsonb', 'json', 'character varying', 'ARRAY')")) {
      while (rows.next()) {
        columns.add(new String[] {rows.getString(1), rows.getString(2)});
      }
    }
    assertThat(columns).extracting(c -> c[0]).contains("inbox", "message", "thread", "member");
    return columns;
  }

  private static Connection scratchConnection() throws SQLException {
    DatabaseSettings settings = postgres.server().database(SCRATCH);
    return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
  }

  /** Every message text of the sample, cut into sentences long enough to be unmistakable. */
  private static List<String> sampleSentences() throws IOException {
    Path sample = SampleCommunity.extract();
    List<String> sentences = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path day : (Iterable<Path>) files.filter(DemoIT::isDayFile)::iterator) {
        for (JsonNode message : mapper.readTree(day.toFile())) {
          String text = message.path("text").asText("");
          for (String sentence : text.split("[.!?\\n]")) {
            if (sentence.strip().length() >= 24) {
              sentences.add(sentence.strip());
            }
          }
        }
      }
    } finally {
      SampleCommunity.delete(sample);
    }
    return sentences;
  }

  private static boolean isDayFile(Path file) {
    return file.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json");
  }
}
