package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackExportPrivacyTest {
  private static final String SHARE = ts("2026-03-02T09:00:00Z", 1);
  private static final String OLD_SHARE = ts("2026-03-02T10:00:00Z", 2);

  @TempDir Path temp;

  private RecordingSink readExportWithFiles() throws Exception {
    Path export =
        slackExport()
            .channel("C1", "venue")
            .user("U1", "Europe/Lisbon")
            .post(
                "venue",
                message("U1", SHARE)
                    .subtype("file_share")
                    .text("Floor plan v3 and catering quote")
                    .file("floor-plan.pdf")
                    .file("catering.xlsx"),
                message("U1", OLD_SHARE)
                    .subtype("file_share")
                    .text(
                        "<@U1> uploaded a file: <https://test.slack.com/files/U1/F0OLD/badge.png|badge.png> and <https://files.slack.com/files-pri/T0-F0OLD/badge.png>")
                    .set(
                        "file",
                        Map.of(
                            "id",
                            "F0OLD",
                            "url_private",
                            "https://files.slack.com/files-pri/T0-F0OLD/badge.png")))
            .writeZip(temp.resolve("export.zip"));
    RecordingSink sink = new RecordingSink();
    new SlackExportReader().read(export, sink);
    return sink;
  }

  @Test
  void filesAreCountedNotKept() throws Exception {
    RecordingSink sink = readExportWithFiles();

    assertThat(sink.all(MessagePosted.class))
        .extracting(MessagePosted::attachments)
        .containsExactly(2, 1);
  }

  @Test
  void noEventOrNoticeCarriesAFileUrl() throws Exception {
    RecordingSink sink = readExportWithFiles();

    assertThat(sink.events).map(Object::toString).noneMatch(SlackExportPrivacyTest::hasFileUrl);
    assertThat(sink.notices).noneMatch(SlackExportPrivacyTest::hasFileUrl);
  }

  @Test
  void fileLinksInTextKeepTheirLabelOnly() throws Exception {
    RecordingSink sink = readExportWithFiles();

    assertThat(sink.all(MessagePosted.class).get(1).text())
        .isEqualTo("<@U1> uploaded a file: [file: badge.png] and [file]");
  }

  private static boolean hasFileUrl(String text) {
    return text.contains("files.slack.com")
        || text.contains("slack.com/files")
        || text.contains("url_private")
        || text.contains("F0OLD");
  }
}
