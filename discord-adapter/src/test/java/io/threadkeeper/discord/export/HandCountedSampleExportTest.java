package io.threadkeeper.discord.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.ExportSummary;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample export in {@code dce-sample/} (a server folder: #general, #help and one thread started
 * from a #help message), counted by hand:
 *
 * <ul>
 *   <li>general (20 messages): a join, a bot reminder and a pin notice; 8 human roots, 9 replies
 *       (chains of replies, a reply by a deleted user, a reply to a message outside the export), 4
 *       ghosts
 *   <li>help (12 messages): the question that started the thread moves into it; a thread notice; 5
 *       human roots, 5 replies, 2 ghosts
 *   <li>the thread (8 messages): its starter question as root, 8 replies (a starter notice among
 *       them), no ghost
 * </ul>
 */
class HandCountedSampleExportTest {
  private static final String GENERAL = "1180000000000000010";
  private static final String HELP = "1180000000000000020";
  private static final String THREAD = "1191000000000000001";

  private final RecordingSink sink = new RecordingSink();
  private ExportSummary summary;

  @BeforeEach
  void readSample() throws Exception {
    Path sample = Path.of(getClass().getResource("/dce-sample").toURI());
    summary = new DiscordExportReader().read(sample, sink);
  }

  @Test
  void rootsRepliesAndGhostsPerChannelMatchTheHandCount() {
    assertThat(countBy(false)).isEqualTo(Map.of(GENERAL, 8L, HELP, 5L, THREAD, 1L));
    assertThat(countBy(true)).isEqualTo(Map.of(GENERAL, 9L, HELP, 5L, THREAD, 8L));
    assertThat(ghostRoots()).isEqualTo(Map.of(GENERAL, 4L, HELP, 2L));
  }

  @Test
  void summaryReactionsAndNoticesMatchTheHandCount() {
    assertThat(summary.channels()).isEqualTo(3);
    assertThat(summary.members()).isEqualTo(10);
    assertThat(summary.messages()).isEqualTo(40);
    assertThat(sink.all(ReactionAdded.class)).hasSize(4);
    assertThat(sink.notices).anyMatch(n -> n.startsWith("4 reactions name no users"));
    assertThat(sink.posted(THREAD).channel().value()).isEqualTo(THREAD);
    assertThat(sink.events).map(Object::toString).noneMatch(text -> text.contains("http"));
  }

  private Map<String, Long> countBy(boolean replies) {
    return sink.all(MessagePosted.class).stream()
        .filter(posted -> posted.isReply() == replies)
        .filter(posted -> replies || posted.authorKind() == AuthorKind.HUMAN)
        .collect(Collectors.groupingBy(posted -> posted.channel().value(), Collectors.counting()));
  }

  private Map<String, Long> ghostRoots() {
    Set<MessageKey> answered =
        sink.all(MessagePosted.class).stream()
            .filter(MessagePosted::isReply)
            .map(MessagePosted::threadRoot)
            .collect(Collectors.toSet());
    return sink.all(MessagePosted.class).stream()
        .filter(posted -> !posted.isReply() && posted.authorKind() == AuthorKind.HUMAN)
        .filter(posted -> !answered.contains(posted.message()))
        .collect(Collectors.groupingBy(posted -> posted.channel().value(), Collectors.counting()));
  }
}
