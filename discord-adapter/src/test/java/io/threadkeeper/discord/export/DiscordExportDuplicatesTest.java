package io.threadkeeper.discord.export;

import static io.threadkeeper.discord.export.DceFileBuilder.channelFile;
import static io.threadkeeper.discord.export.DceMessageBuilder.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordExportDuplicatesTest {
  private static final String GENERAL = "811000000000000010";

  @TempDir Path temp;

  /** Two exports of #general whose date ranges overlap on message 1002. */
  private Path overlappingExports() throws Exception {
    Path folder = temp.resolve("server");
    channelFile(GENERAL, "general")
        .messages(message("1001", "501"), message("1002", "502").reaction("👍", "501"))
        .write(folder.resolve("general-february.json"));
    channelFile(GENERAL, "general")
        .messages(
            message("1002", "502").reaction("👍", "501"), message("1003", "501").replyTo("1002"))
        .write(folder.resolve("general-march.json"));
    return folder;
  }

  @Test
  void messageInTwoFilesIsPostedOnce() throws Exception {
    RecordingSink sink = new RecordingSink();

    new DiscordExportReader().read(overlappingExports(), sink);

    assertThat(sink.all(MessagePosted.class))
        .extracting(posted -> posted.key().value())
        .containsExactly("message_posted:1001", "message_posted:1002", "message_posted:1003");
    assertThat(sink.notices).anyMatch(n -> n.startsWith("1 messages appeared in more than one"));
  }

  @Test
  void separateImportsOfOverlappingFilesGiveTheSameKeys() throws Exception {
    Path folder = overlappingExports();

    List<String> february = keysOf1002(folder.resolve("general-february.json"));
    List<String> march = keysOf1002(folder.resolve("general-march.json"));

    assertThat(february).isEqualTo(march).hasSize(2);
  }

  private static List<String> keysOf1002(Path file) throws Exception {
    RecordingSink sink = new RecordingSink();
    new DiscordExportReader().read(file, sink);
    return sink.events.stream()
        .filter(event -> event.key().value().contains(":1002"))
        .map(ChatEvent::key)
        .map(Object::toString)
        .toList();
  }
}
