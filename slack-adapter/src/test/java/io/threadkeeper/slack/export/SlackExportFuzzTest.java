package io.threadkeeper.slack.export;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Whatever a Slack export holds (damaged JSON, values of the wrong type, odd file names, a broken
 * or truncated zip), {@link SlackExportReader} recognizes it or not without failing, and reading
 * gives a summary or an {@link ExportFormatException} naming the problem; nothing else.
 *
 * <p>2,000 tries in the build; {@code -Dthreadkeeper.fuzz.tries=100000} for a long run (README,
 * Development).
 */
class SlackExportFuzzTest {
  private static final List<String> KEYS =
      List.of(
          "id",
          "name",
          "created",
          "is_archived",
          "members",
          "team_id",
          "team",
          "deleted",
          "tz",
          "is_bot",
          "updated",
          "type",
          "subtype",
          "user",
          "bot_id",
          "text",
          "ts",
          "thread_ts",
          "parent_user_id",
          "reply_count",
          "replies",
          "reactions",
          "users",
          "count",
          "files",
          "edited",
          "attachments",
          "blocks",
          "user_team");
  private static final String CHANNELS =
      """
      [{"id": "C1", "name": "general", "created": 1700000000, "is_archived": false,
        "members": ["U1", "U2"]},
       {"id": "C2", "name": "random", "created": 1700000000, "is_archived": true, "members": []}]
      """;
  private static final String USERS =
      """
      [{"id": "U1", "team_id": "T1", "name": "ana", "deleted": false, "tz": "Europe/Berlin",
        "is_bot": false, "updated": 1770000000},
       {"id": "B1", "team_id": "T1", "name": "bot", "deleted": true, "is_bot": true}]
      """;
  private static final String DAY =
      """
      [{"type": "message", "user": "U1", "text": "Venue A or B? <!here>", "ts": "1772442000.000100",
        "thread_ts": "1772442000.000100", "reply_count": 1, "team": "T1",
        "reactions": [{"name": "white_check_mark", "users": ["U1"], "count": 1}]},
       {"type": "message", "user": "U2", "text": "B", "ts": "1772442060.000200",
        "thread_ts": "1772442000.000100", "parent_user_id": "U1", "files": [{"id": "F1"}],
        "edited": {"user": "U2", "ts": "1772442070.000000"}},
       {"type": "message", "subtype": "thread_broadcast", "user": "U2", "text": "also",
        "ts": "1772442080.000300", "thread_ts": "1772442000.000100"},
       {"type": "message", "subtype": "bot_message", "bot_id": "B1", "ts": "1772442090.000400"},
       {"type": "message", "subtype": "channel_join", "user": "U2", "ts": "1772442100.000500"}]
      """;

  private final SlackExportReader reader = new SlackExportReader();

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyExportIsReadOrRejectedWithAFormatError(@ForAll("exports") FuzzedExport export)
      throws Exception {
    Path folder = Files.createTempDirectory("slack-fuzz");
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

  @Provide
  Arbitrary<FuzzedExport> exports() {
    return FuzzedExport.arbitrary(
        List.of(
            FuzzedExport.file("channels.json", GarbledJson.around(json(CHANNELS), KEYS)),
            FuzzedExport.file("users.json", GarbledJson.around(json(USERS), KEYS)),
            FuzzedExport.file("general/2026-03-02.json", GarbledJson.around(json(DAY), KEYS)),
            FuzzedExport.file("general/2026-03-03.json", GarbledJson.around(json(DAY), KEYS)),
            FuzzedExport.file("random/2026-03-02.json", GarbledJson.around(json(DAY), KEYS))),
        Arbitraries.of(
            "groups.json",
            "dms.json",
            "mpims.json",
            "integration_logs.json",
            "general/notes.txt",
            "general/2026-13-45.json",
            "general/2026-03-02.json/",
            "unknown/2026-03-02.json",
            "__MACOSX/._users.json",
            "export/channels.json",
            "export/general/2026-03-02.json",
            "a/b/2026-03-02.json",
            "../2026-03-02.json",
            "general/",
            "é/2026-03-02.json"),
        KEYS);
  }

  private static com.fasterxml.jackson.databind.JsonNode json(String text) {
    return GarbledJson.parse(text);
  }
}
