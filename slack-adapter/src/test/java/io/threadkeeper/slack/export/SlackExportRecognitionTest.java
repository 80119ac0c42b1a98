package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackExportRecognitionTest {
  private final SlackExportReader reader = new SlackExportReader();

  @TempDir Path temp;

  private static SlackExportBuilder dayFilesOnly() {
    return slackExport().post("general", message("U1", ts("2026-03-02T09:00:00Z")));
  }

  @Test
  void recognizesZipWithChannelsJson() throws Exception {
    assertThat(
            reader.recognizes(
                slackExport().channel("C1", "general").writeZip(temp.resolve("a.zip"))))
        .isTrue();
  }

  @Test
  void recognizesZipWithDayFilesOnly() throws Exception {
    assertThat(reader.recognizes(dayFilesOnly().writeZip(temp.resolve("a.zip")))).isTrue();
  }

  @Test
  void recognizesZipWhoseExportSitsInOneFolder() throws Exception {
    assertThat(reader.recognizes(dayFilesOnly().writeZip(temp.resolve("a.zip"), "export/")))
        .isTrue();
  }

  @Test
  void recognizesFolderWithChannelsJson() throws Exception {
    assertThat(
            reader.recognizes(
                slackExport().channel("C1", "general").writeFolder(temp.resolve("a"))))
        .isTrue();
  }

  @Test
  void recognizesFolderOfChannelFolders() throws Exception {
    assertThat(reader.recognizes(dayFilesOnly().writeFolder(temp.resolve("a")))).isTrue();
  }

  @Test
  void rejectsDiscordStyleJsonFile() throws Exception {
    Path file =
        Files.writeString(temp.resolve("general.json"), "{\"guild\": {}, \"messages\": []}");

    assertThat(reader.recognizes(file)).isFalse();
  }

  @Test
  void rejectsZipAndFolderWithoutSlackShape() throws Exception {
    Path folder =
        slackExport()
            .rawFile("notes/readme.json", "[]")
            .rawFile("users.json", "[]")
            .writeFolder(temp.resolve("a"));
    Path zip = slackExport().rawFile("notes/2026-03.json", "[]").writeZip(temp.resolve("b.zip"));

    assertThat(reader.recognizes(folder)).isFalse();
    assertThat(reader.recognizes(zip)).isFalse();
    assertThat(reader.recognizes(temp.resolve("missing.zip"))).isFalse();
  }

  @Test
  void readsZipWhoseExportSitsInOneFolder() throws Exception {
    RecordingSink sink = new RecordingSink();

    reader.read(
        dayFilesOnly()
            .channel("C1", "general")
            .writeZip(temp.resolve("a.zip"), "Northwind export/"),
        sink);

    assertThat(sink.all(MessagePosted.class))
        .extracting(p -> p.channel().value())
        .containsExactly("C1");
  }

  @Test
  void ignoresMacResourceForks() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path zip =
        dayFilesOnly()
            .rawFile("__MACOSX/general/2026-03-02.json", "not json")
            .writeZip(temp.resolve("a.zip"));

    reader.read(zip, sink);

    assertThat(sink.all(MessagePosted.class)).hasSize(1);
  }
}
