package io.threadkeeper.discord.export;

import static io.threadkeeper.discord.export.DceFileBuilder.channelFile;
import static io.threadkeeper.discord.export.DceFileBuilder.threadFile;
import static io.threadkeeper.discord.export.DceMessageBuilder.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordExportPrivacyTest {
  @TempDir Path temp;

  private RecordingSink readExportWithFilesAndAvatars() throws Exception {
    Path server = temp.resolve("server");
    channelFile("811000000000000010", "venue")
        .messages(
            message("1001", "501").text("Floor plan attached").attachment("floor-plan.pdf"),
            message("1002", "502")
                .text(
                    "Again: https://cdn.discordapp.com/attachments/1/2/floor-plan.pdf?ex=65&is=66"
                        + " and the menu https://media.discordapp.net/attachments/1/3/menu.png")
                .reaction("👍", "501")
                .reactionWithoutUsers("🎉", 2),
            message("1003", "456226577798135808").deletedUser().attachment("badge.png"))
        .write(server.resolve("venue.json"));
    threadFile("1001", "Floor plan", "811000000000000010")
        .messages(message("1004", "503").replyTo("1001").attachment("v2.pdf"))
        .write(server.resolve("venue-thread.json"));
    RecordingSink sink = new RecordingSink();
    new DiscordExportReader().read(server, sink);
    return sink;
  }

  @Test
  void noEventOrNoticeCarriesAUrl() throws Exception {
    RecordingSink sink = readExportWithFilesAndAvatars();

    assertThat(sink.events).isNotEmpty().map(Object::toString).noneMatch(t -> t.contains("http"));
    assertThat(sink.notices).isNotEmpty().noneMatch(t -> t.contains("http"));
  }

  @Test
  void fileLinksInTextKeepTheirFileNameOnly() throws Exception {
    RecordingSink sink = readExportWithFilesAndAvatars();

    assertThat(sink.posted("1002").text())
        .isEqualTo("Again: [file: floor-plan.pdf] and the menu [file: menu.png]");
  }

  @Test
  void attachmentsAreCountedNotKept() throws Exception {
    RecordingSink sink = readExportWithFilesAndAvatars();

    assertThat(sink.posted("1001").attachments()).isEqualTo(1);
    assertThat(sink.posted("1003").attachments()).isEqualTo(1);
    assertThat(sink.posted("1004").attachments()).isEqualTo(1);
  }
}
