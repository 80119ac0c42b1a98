package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.port.ExportFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackExportDamageTest {
  private static final String MALFORMED_DAY =
      """
      [
        {
          "type": "message",
          "user": "U1",
          "text": "first",
          "ts": "1772442000.000100"
        }
        {
          "type": "message",
          "ts": "1772442060.000200"
        }
      ]
      """;

  private final SlackExportReader reader = new SlackExportReader();

  @TempDir Path temp;

  @Test
  void withoutChannelsJsonChannelsAreInferredFromFoldersAndSaid() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .user("U1", "Europe/Berlin")
            .post("venue", message("U1", ts("2026-03-04T09:00:00Z")))
            .post(
                "general",
                message("U1", ts("2026-03-02T09:00:00Z")),
                message("U1", ts("2026-03-03T09:00:00Z")))
            .writeFolder(temp.resolve("partial"));

    reader.read(export, sink);

    assertThat(sink.all(ChannelChanged.class))
        .extracting(c -> c.channel().value(), ChannelChanged::name, ChannelChanged::occurredAt)
        .containsExactly(
            tuple("general", "general", Instant.parse("2026-03-02T00:00:00Z")),
            tuple("venue", "venue", Instant.parse("2026-03-04T00:00:00Z")));
    assertThat(sink.all(MessagePosted.class)).hasSize(3);
    assertThat(sink.notices)
        .anyMatch(n -> n.startsWith("no channels.json") && n.contains("general, venue"));
  }

  /** Found by SlackExportFuzzTest: the name's shape alone made it a day file, and parsing threw. */
  @Test
  void aFileNamedLikeADayThatIsNoDayIsNotReadAsOne() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .user("U1", "Europe/Berlin")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .writeFolder(temp.resolve("odd-day"));
    Files.createDirectories(export.resolve("stray"));
    Files.writeString(export.resolve("stray/2026-13-45.json"), "[]");

    reader.read(export, sink);

    assertThat(sink.all(ChannelChanged.class))
        .extracting(c -> c.channel().value())
        .containsExactly("general");
    assertThat(sink.all(MessagePosted.class)).hasSize(1);
  }

  @Test
  void folderMissingFromChannelsJsonIsReadAndSaid() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .post("stray", message("U1", ts("2026-03-02T10:00:00Z")))
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(MessagePosted.class))
        .extracting(p -> p.channel().value())
        .containsExactly("C1", "stray");
    assertThat(sink.notices)
        .anyMatch(n -> n.contains("folder stray is not listed in channels.json"));
  }

  @Test
  void withoutUsersJsonReadingContinuesAndSaysSo() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(MemberProfileChanged.class)).isEmpty();
    assertThat(sink.all(MessagePosted.class)).hasSize(1);
    assertThat(sink.notices).anyMatch(n -> n.startsWith("no users.json"));
  }

  @Test
  void privateChannelsAreReadAndDirectMessagesSkipped() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .privateChannel("G1", "board")
            .directMessage("D1", "U1", "U2")
            .post("board", message("U1", ts("2026-03-02T09:00:00Z")))
            .post("D1", message("U1", ts("2026-03-02T10:00:00Z")).text("private"))
            .post(
                "mpdm-u1--u2--u3-1", message("U1", ts("2026-03-02T11:00:00Z")).text("private too"))
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(ChannelChanged.class))
        .extracting(ChannelChanged::name)
        .containsExactly("board", "general");
    assertThat(sink.all(MessagePosted.class))
        .extracting(p -> p.channel().value())
        .containsExactly("G1");
    assertThat(sink.notices)
        .anyMatch(n -> n.startsWith("groups.json: 1 private channels read as channels"))
        .anyMatch(n -> n.startsWith("dms.json: 1 direct messages skipped"))
        .anyMatch(n -> n.contains("mpdm-u1--u2--u3-1 looks like a group DM"));
  }

  @Test
  void malformedDayFileIsNamedWithItsLine() throws Exception {
    Path export =
        slackExport()
            .channel("C1", "general")
            .rawFile("general/2026-03-02.json", MALFORMED_DAY)
            .writeFolder(temp.resolve("x"));

    assertThatThrownBy(() -> reader.read(export, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageStartingWith("general/2026-03-02.json line 8: ")
        .hasMessageContaining("expecting comma");
  }

  @Test
  void malformedDayFileInAZipIsNamedByItsPathInTheZip() throws Exception {
    Path export =
        slackExport()
            .channel("C1", "general")
            .rawFile("general/2026-03-02.json", MALFORMED_DAY)
            .writeZip(temp.resolve("x.zip"), "northwind/");

    assertThatThrownBy(() -> reader.read(export, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageStartingWith("northwind/general/2026-03-02.json line 8: ");
  }

  @Test
  void dayFileThatIsNotAnArrayIsNamedWithItsLine() throws Exception {
    Path export =
        slackExport()
            .channel("C1", "general")
            .rawFile("general/2026-03-02.json", "\n{\"messages\": []}\n")
            .writeFolder(temp.resolve("x"));

    assertThatThrownBy(() -> reader.read(export, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessage(
            "general/2026-03-02.json line 2: expected a JSON array of messages, found an object ('{')");
  }

  @Test
  void unreadableTimestampIsNamedWithTheLineOfItsMessage() throws Exception {
    Path export =
        slackExport()
            .channel("C1", "general")
            .rawFile(
                "general/2026-03-02.json",
                "[\n{\"user\": \"U1\", \"ts\": \"1772442000.000100\"},\n{\"user\": \"U1\", \"ts\": \"yesterday\"}\n]")
            .writeFolder(temp.resolve("x"));

    assertThatThrownBy(() -> reader.read(export, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageStartingWith(
            "general/2026-03-02.json line 3: 'yesterday' is not a Slack timestamp");
  }

  @Test
  void folderThatIsNoSlackExportIsExplained() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(folder.resolve("notes.json"), "[]");

    assertThatThrownBy(() -> reader.read(folder, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("is not a Slack export")
        .hasMessageContaining("channels.json")
        .hasMessageContaining("YYYY-MM-DD.json");
  }

  @Test
  void fileThatIsNoZipIsExplained() throws Exception {
    Path file = Files.writeString(temp.resolve("export.json"), "[]");

    assertThatThrownBy(() -> reader.read(file, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("is not a Slack export");
  }

  @Test
  void objectsWithoutTimestampAreSkippedAndCounted() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .rawFile("general/2026-03-02.json", "[{\"type\": \"message\", \"text\": \"?\"}]")
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(MessagePosted.class)).isEmpty();
    assertThat(sink.notices).anyMatch(n -> n.startsWith("1 objects without a \"ts\""));
  }

  /**
   * Found by SlackExportFuzzTest: an epoch beyond what an Instant holds threw DateTimeException.
   */
  @Test
  void aCreationTimeBeyondEveryInstantIsTreatedAsMissing() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .rawFile(
                "channels.json",
                "[{\"id\": \"C1\", \"name\": \"general\", \"created\": 9000000000000000000}]")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .writeFolder(temp.resolve("far-future"));

    reader.read(export, sink);

    assertThat(sink.all(ChannelChanged.class))
        .extracting(ChannelChanged::name, ChannelChanged::occurredAt)
        .containsExactly(tuple("general", Instant.EPOCH));
    assertThat(sink.all(MessagePosted.class)).hasSize(1);
  }
}
