package io.threadkeeper.discord.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.testing.FuzzTries;
import io.threadkeeper.core.testing.FuzzedExport;
import io.threadkeeper.core.testing.GarbledJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whatever a DiscordChatExporter export holds (damaged JSON, values of the wrong type, odd file
 * names, a zip where a folder was expected), {@link DiscordExportReader} recognizes it or not
 * without failing, and reading gives a summary or an {@link ExportFormatException} naming the
 * problem; nothing else.
 *
 * <p>2,000 tries in the build; {@code -Dthreadkeeper.fuzz.tries=100000} for a long run (README,
 * Development).
 */
class DiscordExportFuzzTest {
  private static final List<String> KEYS =
      List.of(
          "guild",
          "channel",
          "id",
          "name",
          "type",
          "categoryId",
          "category",
          "topic",
          "dateRange",
          "after",
          "before",
          "exportedAt",
          "messages",
          "timestamp",
          "timestampEdited",
          "isPinned",
          "content",
          "author",
          "isBot",
          "nickname",
          "roles",
          "attachments",
          "embeds",
          "stickers",
          "reactions",
          "emoji",
          "count",
          "users",
          "mentions",
          "reference",
          "messageId",
          "channelId",
          "guildId",
          "messageCount",
          "url",
          "fileName");
  private static final String CHANNEL =
      """
      {"guild": {"id": "1180000000000000001", "name": "Porto"},
       "channel": {"id": "1180000000000000020", "type": "GuildTextChat",
                   "categoryId": "1180000000000000900", "category": "Community", "name": "help"},
       "exportedAt": "2026-03-10T18:04:11.512+00:00",
       "messages": [
         {"id": "1191000000000000001", "type": "Default",
          "timestamp": "2026-03-02T10:00:00.000+00:00", "timestampEdited": null, "isPinned": false,
          "content": "@everyone how do I export the calendar?",
          "author": {"id": "1180000000000000105", "name": "erin", "isBot": false},
          "attachments": [{"id": "1", "url": "https://cdn.example/x.png", "fileName": "x.png"}],
          "reactions": [{"emoji": {"name": "✅"}, "count": 1,
                         "users": [{"id": "1180000000000000105"}]}],
          "mentions": [{"id": "1180000000000000106"}]},
         {"id": "1191000000000000003", "type": "Reply",
          "timestamp": "2026-03-02T10:42:00.000+00:00", "timestampEdited": "2026-03-02T10:43:00Z",
          "content": "on the whiteboard",
          "author": {"id": "1180000000000000106", "name": "frankie", "isBot": true},
          "reference": {"messageId": "1191000000000000001", "channelId": "1180000000000000020",
                        "guildId": "1180000000000000001"}},
         {"id": "1191000000000000004", "type": "ThreadCreated",
          "timestamp": "2026-03-02T11:00:00.000+00:00", "content": "Exporting",
          "author": {"id": "1180000000000000105", "name": "erin", "isBot": false}}],
       "messageCount": 3}
      """;
  private static final String THREAD =
      """
      {"guild": {"id": "1180000000000000001", "name": "Porto"},
       "channel": {"id": "1191000000000000001", "type": "GuildPublicThread",
                   "categoryId": "1180000000000000020", "category": "help", "name": "Exporting"},
       "messages": [
         {"id": "1191000000000000010", "type": "Default",
          "timestamp": "2026-03-02T11:05:00.000+00:00", "content": "try the ICS link",
          "author": {"id": "1180000000000000106", "name": "frankie", "isBot": false}}]}
      """;

  private final DiscordExportReader reader = new DiscordExportReader();

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyExportIsReadOrRejectedWithAFormatError(@ForAll("exports") FuzzedExport export)
      throws Exception {
    Path folder = Files.createTempDirectory("discord-fuzz");
    try {
      Path source = export.write(folder);
      reader.recognizes(source);
      try {
        assertThat(reader.read(source, new RecordingSink())).isNotNull();
      } catch (ExportFormatException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    } finally {
      FuzzedExport.delete(folder);
    }
  }

  /** Found by this property at try 66,006: a UCS-4 byte order mark Jackson cannot read. */
  @org.junit.jupiter.api.Test
  void aFileInAnEncodingJsonCannotBeInIsAFormatError() throws Exception {
    Path folder = Files.createTempDirectory("discord-fuzz");
    try {
      Path file = folder.resolve("export.json");
      Files.write(file, new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3, 4});
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> reader.read(file, new RecordingSink()))
          .isInstanceOf(ExportFormatException.class);
    } finally {
      FuzzedExport.delete(folder);
    }
  }

  @Provide
  Arbitrary<FuzzedExport> exports() {
    return FuzzedExport.arbitrary(
        List.of(
            FuzzedExport.file(
                "Porto - Community - help [1180000000000000020].json",
                GarbledJson.around(json(CHANNEL), KEYS)),
            FuzzedExport.file(
                "Porto - help - Exporting [1191000000000000001].json",
                GarbledJson.around(json(THREAD), KEYS))),
        Arbitraries.of(
            "notes.txt",
            "other.json",
            "sub/Porto - x [1].json",
            "[].json",
            ".json",
            "a b.JSON",
            "sub/",
            "../escape.json",
            "Porto - Community - help [1180000000000000020].json"),
        KEYS);
  }

  private static JsonNode json(String text) {
    return GarbledJson.parse(text);
  }
}
