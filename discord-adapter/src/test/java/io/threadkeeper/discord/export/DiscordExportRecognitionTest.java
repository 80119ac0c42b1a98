package io.threadkeeper.discord.export;

import static io.threadkeeper.discord.export.DceFileBuilder.channelFile;
import static io.threadkeeper.discord.export.DceMessageBuilder.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.port.ExportFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordExportRecognitionTest {
  private static final String SLACK_DAY_FILE =
      "[\n  {\"type\": \"message\", \"user\": \"U1\", \"text\": \"hi\", \"ts\": \"1.000100\"}\n]";

  private final DiscordExportReader reader = new DiscordExportReader();

  @TempDir Path temp;

  private Path general(Path file) throws Exception {
    return channelFile("811000000000000010", "general")
        .messages(message("1001", "501"))
        .write(file);
  }

  @Test
  void recognizesASingleExportFile() throws Exception {
    assertThat(reader.recognizes(general(temp.resolve("general.json")))).isTrue();
  }

  @Test
  void recognizesAFolderOfExportFiles() throws Exception {
    general(temp.resolve("server/general.json"));

    assertThat(reader.recognizes(temp.resolve("server"))).isTrue();
  }

  @Test
  void rejectsSlackExportsRandomJsonNonJsonAndMissingFiles() throws Exception {
    Path slack = Files.writeString(temp.resolve("2026-03-02.json"), SLACK_DAY_FILE);
    Path random =
        Files.writeString(temp.resolve("config.json"), "{\"name\": \"x\", \"messages\": []}");
    Path text = Files.writeString(temp.resolve("notes.json"), "meeting notes, not JSON");

    assertThat(reader.recognizes(slack)).isFalse();
    assertThat(reader.recognizes(random)).isFalse();
    assertThat(reader.recognizes(text)).isFalse();
    assertThat(reader.recognizes(temp.resolve("missing.json"))).isFalse();
    assertThat(reader.recognizes(temp)).isFalse();
  }

  @Test
  void readingASlackDayFileSaysWhatAnExportLooksLike() throws Exception {
    Path slack = Files.writeString(temp.resolve("2026-03-02.json"), SLACK_DAY_FILE);

    assertThatThrownBy(() -> reader.read(slack, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining(slack.toString())
        .hasMessageContaining("is not a DiscordChatExporter export")
        .hasMessageContaining("export with DiscordChatExporter in JSON format");
  }

  @Test
  void readingAFileThatIsNotJsonNamesFileAndLineAndTheFormat() throws Exception {
    Path text = Files.writeString(temp.resolve("notes.json"), "\n\nmeeting notes, not JSON");

    assertThatThrownBy(() -> reader.read(text, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining(text + " line 3: malformed JSON")
        .hasMessageContaining("export with DiscordChatExporter in JSON format");
  }

  @Test
  void malformedMessageNamesFileAndLine() throws Exception {
    Path file = general(temp.resolve("general.json"));
    String json = Files.readString(file);
    Files.writeString(file, json.replace("\"content\" : \"\",", "\"content\" : \"\" \"oops\","));
    int line = lineOf(Files.readString(file), "\"oops\"");

    assertThatThrownBy(() -> reader.read(file, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageStartingWith(file + " line " + line + ": malformed JSON");
  }

  @Test
  void messageWithABadTimestampNamesFileAndLine() throws Exception {
    Path file =
        channelFile("811000000000000010", "general")
            .messages(message("1001", "501").at("yesterday"))
            .write(temp.resolve("general.json"));

    assertThatThrownBy(() -> reader.read(file, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining(file + " line ")
        .hasMessageContaining("\"timestamp\" yesterday");
  }

  @Test
  void otherFilesInAServerFolderAreSkippedWithANotice() throws Exception {
    general(temp.resolve("server/general.json"));
    Files.writeString(temp.resolve("server/settings.json"), "{\"theme\": \"dark\"}");
    RecordingSink sink = new RecordingSink();

    reader.read(temp.resolve("server"), sink);

    assertThat(sink.notices)
        .anyMatch(n -> n.contains("settings.json is not a DiscordChatExporter"));
  }

  @Test
  void folderWithoutExportFilesSaysWhatAnExportLooksLike() throws Exception {
    Files.writeString(temp.resolve("settings.json"), "{\"theme\": \"dark\"}");

    assertThatThrownBy(() -> reader.read(temp, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("export with DiscordChatExporter in JSON format");
  }

  @Test
  void twoServersInOneFolderAreRefused() throws Exception {
    general(temp.resolve("a.json"));
    channelFile("811000000000000020", "other").guild("922").write(temp.resolve("b.json"));

    assertThatThrownBy(() -> reader.read(temp, new RecordingSink()))
        .isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("import one server at a time");
  }

  @Test
  void directMessagesAreSkipped() throws Exception {
    general(temp.resolve("a.json"));
    channelFile("811000000000000030", "ana").type("DirectTextChat").write(temp.resolve("dm.json"));
    RecordingSink sink = new RecordingSink();

    reader.read(temp, sink);

    assertThat(sink.notices).anyMatch(n -> n.contains("direct messages skipped"));
    assertThat(sink.posted("1001")).isNotNull();
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).lines().count();
  }
}
