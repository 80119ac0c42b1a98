package io.threadkeeper.discord.export;

import static io.threadkeeper.discord.export.DceFileBuilder.channelFile;
import static io.threadkeeper.discord.export.DceFileBuilder.threadFile;
import static io.threadkeeper.discord.export.DceMessageBuilder.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.ExportSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordExportThreadsTest {
  private static final String GENERAL = "811000000000000010";
  private static final String THREAD = "1001";

  @TempDir Path temp;

  private Path serverWithThread(DceFileBuilder thread) throws Exception {
    Path server = temp.resolve("server");
    channelFile(GENERAL, "general")
        .messages(
            message("1000", "501").text("Morning!"),
            message(THREAD, "502").text("Where do we meet on Friday?"),
            message("1005", "503").text("anyone?"))
        .write(server.resolve("Lisbon Meetups - general [" + GENERAL + "].json"));
    thread.write(server.resolve("Lisbon Meetups - general - Friday [" + THREAD + "].json"));
    return server;
  }

  private static DceFileBuilder fridayThread() {
    return threadFile(THREAD, "Friday", GENERAL)
        .messages(
            message("1002", "000").type("21").references(GENERAL, THREAD),
            message("1003", "501").text("At the usual place"),
            message("1004", "502").replyTo("1003").text("thanks!"));
  }

  private RecordingSink read(Path source) throws Exception {
    RecordingSink sink = new RecordingSink();
    new DiscordExportReader().read(source, sink);
    return sink;
  }

  @Test
  void threadMessagesReplyInTheThreadChannelUnderTheThreadId() throws Exception {
    RecordingSink sink = read(serverWithThread(fridayThread()));

    for (String reply : new String[] {"1003", "1004"}) {
      assertThat(sink.posted(reply).channel().value()).isEqualTo(THREAD);
      assertThat(sink.posted(reply).threadRoot()).isEqualTo(new MessageKey(THREAD));
    }
  }

  @Test
  void messageThatStartedAThreadIsItsRootInTheThreadChannel() throws Exception {
    RecordingSink sink = read(serverWithThread(fridayThread()));

    MessagePosted starter = sink.posted(THREAD);
    assertThat(starter.channel().value()).isEqualTo(THREAD);
    assertThat(starter.isReply()).isFalse();
    assertThat(sink.posted("1000").channel().value()).isEqualTo(GENERAL);
  }

  @Test
  void threadStarterNoticeIsASystemMessage() throws Exception {
    RecordingSink sink = read(serverWithThread(fridayThread()));

    assertThat(sink.posted("1002").authorKind()).isEqualTo(AuthorKind.SYSTEM);
  }

  @Test
  void everyChannelAndThreadIsAnnouncedBeforeAnyMessage() throws Exception {
    RecordingSink sink = read(serverWithThread(fridayThread()));

    assertThat(sink.events.subList(0, 2)).allMatch(ChannelChanged.class::isInstance);
    assertThat(sink.all(ChannelChanged.class))
        .extracting(ChannelChanged::name)
        .containsExactly("general", "Friday");
  }

  @Test
  void threadIsRecognizedByItsParentWhenTheTypeSaysNothing() throws Exception {
    RecordingSink sink = read(serverWithThread(fridayThread().type("")));

    assertThat(sink.posted("1003").threadRoot()).isEqualTo(new MessageKey(THREAD));
    assertThat(sink.posted(THREAD).channel().value()).isEqualTo(THREAD);
  }

  @Test
  void forumPostsFirstMessageIsTheRootOfItsThread() throws Exception {
    Path post =
        threadFile("2001", "Venue ideas", "811000000000000050")
            .messages(message("2001", "501"), message("2002", "502"))
            .write(temp.resolve("forum-post.json"));

    RecordingSink sink = read(post);

    assertThat(sink.posted("2001").isReply()).isFalse();
    assertThat(sink.posted("2002").threadRoot()).isEqualTo(new MessageKey("2001"));
  }

  @Test
  void summaryCountsChannelsMembersAndMessagesOfTheWholeFolder() throws Exception {
    ExportSummary summary =
        new DiscordExportReader().read(serverWithThread(fridayThread()), new RecordingSink());

    assertThat(summary.channels()).isEqualTo(2);
    assertThat(summary.members()).isEqualTo(4);
    assertThat(summary.messages()).isEqualTo(6);
  }
}
