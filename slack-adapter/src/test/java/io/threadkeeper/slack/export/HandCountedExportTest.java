package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.ExportSummary;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three channels whose threads were counted by hand:
 *
 * <ul>
 *   <li>general: a join, thread A (3 replies, the last one two days later), thread B (1 reply), two
 *       ghost roots → 5 roots, 4 replies, 2 ghosts
 *   <li>venue: a tombstoned root with 2 replies, thread C (2 replies, one broadcast), a bot post →
 *       2 roots, 4 replies, 1 deletion, no ghost (bots and the deleted root do not count)
 *   <li>sponsorship (archived): thread D (5 replies from 3 people), one ghost → 2 roots, 5 replies,
 *       1 ghost
 * </ul>
 */
class HandCountedExportTest {
  private static final String A = ts("2026-03-02T09:00:00Z");
  private static final String B = ts("2026-03-02T13:00:00Z");
  private static final String C = ts("2026-03-03T08:00:00Z");
  private static final String D = ts("2026-03-04T10:00:00Z");
  private static final String DELETED = ts("2026-03-03T07:00:00Z");

  @TempDir Path temp;

  private static SlackExportBuilder fixture() {
    return slackExport()
        .team("T0HAND")
        .channel("C1", "general")
        .channel("C2", "venue")
        .archivedChannel("C3", "sponsorship")
        .user("U1", "Europe/Lisbon")
        .user("U2", "Asia/Kolkata")
        .user("U3", "America/New_York")
        .post(
            "general",
            message("U3", ts("2026-03-02T08:00:00Z")).subtype("channel_join"),
            message("U1", A).set("thread_ts", A),
            message("U2", ts("2026-03-02T09:30:00Z")).replyTo(A),
            message("U3", ts("2026-03-02T15:00:00Z")).replyTo(A),
            message("U1", ts("2026-03-04T09:00:00Z"))
                .replyTo(A)
                .text("Summary: we go with the Tagus hall"),
            message("U2", B),
            message("U1", ts("2026-03-02T16:00:00Z")).replyTo(B),
            message("U3", ts("2026-03-02T17:00:00Z")).text("Anyone has the badge printer contact?"),
            message("U2", ts("2026-03-05T06:00:00Z")).text("Does anyone remember the hotel code?"))
        .post(
            "venue",
            message("USLACKBOT", DELETED).subtype("tombstone").replyTo(DELETED),
            message("U1", ts("2026-03-03T07:10:00Z")).replyTo(DELETED),
            message("U2", ts("2026-03-03T07:20:00Z")).replyTo(DELETED),
            message("U3", C).file("floor-plan.pdf").reaction("white_check_mark", "U3"),
            message("U1", ts("2026-03-03T09:00:00Z")).replyTo(C),
            message("U3", ts("2026-03-05T09:00:00Z")).replyTo(C).subtype("thread_broadcast"),
            message("x", ts("2026-03-03T10:00:00Z"))
                .withoutUser()
                .subtype("bot_message")
                .set("bot_id", "B1"))
        .post(
            "sponsorship",
            message("U1", D),
            message("U2", ts("2026-03-04T10:05:00Z")).replyTo(D),
            message("U3", ts("2026-03-04T11:00:00Z")).replyTo(D),
            message("U1", ts("2026-03-04T12:00:00Z")).replyTo(D),
            message("U2", ts("2026-03-05T12:00:00Z")).replyTo(D),
            message("U1", ts("2026-03-06T12:00:00Z")).replyTo(D),
            message("U3", ts("2026-03-06T15:00:00Z")).text("any update??"));
  }

  @Test
  void rootsRepliesAndGhostsPerChannelMatchTheHandCount() throws Exception {
    RecordingSink sink = new RecordingSink();

    ExportSummary summary =
        new SlackExportReader().read(fixture().writeZip(temp.resolve("hand.zip")), sink);

    assertThat(countBy(sink, false)).isEqualTo(Map.of("C1", 5L, "C2", 2L, "C3", 2L));
    assertThat(countBy(sink, true)).isEqualTo(Map.of("C1", 4L, "C2", 4L, "C3", 5L));
    assertThat(ghostRoots(sink)).isEqualTo(Map.of("C1", 2L, "C3", 1L));
    assertThat(sink.all(MessageDeleted.class))
        .extracting(MessageDeleted::message)
        .containsExactly(new MessageKey(DELETED));
    assertThat(sink.all(ReactionAdded.class)).hasSize(1);
    assertThat(summary.channels()).isEqualTo(3);
    assertThat(summary.members()).isEqualTo(3);
    assertThat(summary.messages()).isEqualTo(22);
  }

  @Test
  void threadsHaveTheRepliesAndParticipantsCountedByHand() throws Exception {
    RecordingSink sink = new RecordingSink();

    new SlackExportReader().read(fixture().writeFolder(temp.resolve("hand")), sink);

    Map<MessageKey, Long> replies =
        sink.all(MessagePosted.class).stream()
            .filter(MessagePosted::isReply)
            .collect(Collectors.groupingBy(MessagePosted::threadRoot, Collectors.counting()));
    assertThat(replies)
        .containsEntry(new MessageKey(A), 3L)
        .containsEntry(new MessageKey(B), 1L)
        .containsEntry(new MessageKey(C), 2L)
        .containsEntry(new MessageKey(D), 5L)
        .containsEntry(new MessageKey(DELETED), 2L);
    Set<String> participantsOfD =
        sink.all(MessagePosted.class).stream()
            .filter(p -> p.rootOrSelf().equals(new MessageKey(D)))
            .map(p -> p.author().value())
            .collect(Collectors.toSet());
    assertThat(participantsOfD).containsExactlyInAnyOrder("U1", "U2", "U3");
  }

  private static Map<String, Long> countBy(RecordingSink sink, boolean replies) {
    return sink.all(MessagePosted.class).stream()
        .filter(posted -> posted.isReply() == replies)
        .collect(Collectors.groupingBy(posted -> posted.channel().value(), Collectors.counting()));
  }

  private static Map<String, Long> ghostRoots(RecordingSink sink) {
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
