package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackExportMessagesTest {
  private static final String ROOT = ts("2026-03-02T09:00:00Z", 100);

  private final SlackExportReader reader = new SlackExportReader();

  @TempDir Path temp;

  private RecordingSink read(SlackExportBuilder export) throws Exception {
    RecordingSink sink = new RecordingSink();
    reader.read(export.writeFolder(temp.resolve("export")), sink);
    return sink;
  }

  private static SlackExportBuilder general(SlackMessageBuilder... messages) {
    return slackExport()
        .channel("C1", "general")
        .user("U1", "Europe/Lisbon")
        .post("general", messages);
  }

  private static MessagePosted posted(RecordingSink sink, String ts) {
    return sink.all(MessagePosted.class).stream()
        .filter(posted -> posted.message().value().equals(ts))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void replyInALaterDayFileRepliesToItsRoot() throws Exception {
    String reply = ts("2026-03-05T14:00:00Z", 200);

    RecordingSink sink =
        read(
            general(
                message("U1", ROOT).set("thread_ts", ROOT), message("U2", reply).replyTo(ROOT)));

    assertThat(posted(sink, ROOT).isReply()).isFalse();
    assertThat(posted(sink, reply).threadRoot()).isEqualTo(new MessageKey(ROOT));
  }

  @Test
  void replyStampedEarlierThanItsRootStillRepliesToIt() throws Exception {
    String earlier = ts("2026-03-01T23:59:59Z", 999);

    RecordingSink sink = read(general(message("U1", ROOT), message("U2", earlier).replyTo(ROOT)));

    assertThat(posted(sink, earlier).threadRoot()).isEqualTo(new MessageKey(ROOT));
    assertThat(posted(sink, earlier).occurredAt()).isBefore(posted(sink, ROOT).occurredAt());
  }

  @Test
  void tombstonedRootIsDeletedAndItsRepliesRemain() throws Exception {
    String reply = ts("2026-03-02T10:00:00Z", 1);
    SlackMessageBuilder tombstone =
        message("USLACKBOT", ROOT)
            .subtype("tombstone")
            .replyTo(ROOT)
            .text("This message was deleted.")
            .set("hidden", true);

    RecordingSink sink = read(general(tombstone, message("U2", reply).replyTo(ROOT)));

    assertThat(sink.all(MessageDeleted.class))
        .extracting(MessageDeleted::message, d -> d.key().value())
        .containsExactly(tuple(new MessageKey(ROOT), "message_deleted:C1:" + ROOT));
    assertThat(sink.all(MessagePosted.class))
        .extracting(MessagePosted::message, MessagePosted::threadRoot)
        .containsExactly(tuple(new MessageKey(reply), new MessageKey(ROOT)));
  }

  @Test
  void nullTextIsPostedAsEmptyText() throws Exception {
    RecordingSink sink = read(general(message("U1", ROOT).text(null)));

    assertThat(posted(sink, ROOT).text()).isEmpty();
  }

  @Test
  void botMessagesIntegrationsAndBotUsersAreBots() throws Exception {
    String integration = ts("2026-03-02T09:01:00Z");
    String app = ts("2026-03-02T09:02:00Z");
    String botUser = ts("2026-03-02T09:03:00Z");
    SlackExportBuilder export =
        general(
                message("x", integration)
                    .withoutUser()
                    .subtype("bot_message")
                    .set("bot_id", "B01CAL")
                    .set("username", "Google Calendar"),
                message("U0APP", app).set("bot_id", "B02GH"),
                message("U0BOT", botUser),
                message("U1", ROOT))
            .user("U0BOT", "America/Los_Angeles", true, false);

    RecordingSink sink = read(export);

    assertThat(posted(sink, integration))
        .extracting(MessagePosted::author, MessagePosted::authorKind)
        .containsExactly(new MemberId("B01CAL"), AuthorKind.BOT);
    assertThat(posted(sink, app).authorKind()).isEqualTo(AuthorKind.BOT);
    assertThat(posted(sink, botUser).authorKind()).isEqualTo(AuthorKind.BOT);
    assertThat(posted(sink, ROOT).authorKind()).isEqualTo(AuthorKind.HUMAN);
  }

  @Test
  void threadBroadcastIsABroadcastReply() throws Exception {
    String broadcast = ts("2026-03-02T12:00:00Z");

    RecordingSink sink =
        read(
            general(
                message("U1", ROOT),
                message("U2", broadcast).subtype("thread_broadcast").replyTo(ROOT)));

    assertThat(posted(sink, broadcast))
        .extracting(MessagePosted::threadRoot, MessagePosted::broadcast, MessagePosted::authorKind)
        .containsExactly(new MessageKey(ROOT), true, AuthorKind.HUMAN);
    assertThat(posted(sink, ROOT).broadcast()).isFalse();
  }

  @Test
  void joinsTopicsAndPinsAreSystemMessages() throws Exception {
    RecordingSink sink =
        read(
            general(
                message("U1", ts("2026-03-02T08:00:00Z"))
                    .subtype("channel_join")
                    .text("<@U1> has joined the channel"),
                message("U1", ts("2026-03-02T08:01:00Z"))
                    .subtype("channel_topic")
                    .text("set the channel topic: Lisbon 2027"),
                message("U1", ts("2026-03-02T08:02:00Z")).subtype("channel_purpose"),
                message("U1", ts("2026-03-02T08:03:00Z")).subtype("pinned_item"),
                message("U1", ts("2026-03-02T08:04:00Z")).subtype("channel_leave")));

    assertThat(sink.all(MessagePosted.class))
        .extracting(MessagePosted::authorKind)
        .containsOnly(AuthorKind.SYSTEM)
        .hasSize(5);
  }

  @Test
  void unknownAuthorStillPostsButGetsNoProfile() throws Exception {
    RecordingSink sink = read(general(message("U0GONE", ROOT)));

    assertThat(posted(sink, ROOT).author()).isEqualTo(new MemberId("U0GONE"));
    assertThat(sink.all(MemberProfileChanged.class))
        .extracting(p -> p.member().value())
        .containsExactly("U1");
  }

  @Test
  void messagesOfArchivedChannelsAreRead() throws Exception {
    RecordingSink sink =
        read(
            slackExport()
                .archivedChannel("C9", "summit-2025")
                .post("summit-2025", message("U1", ROOT)));

    assertThat(posted(sink, ROOT).channel().value()).isEqualTo("C9");
  }

  @Test
  void editedMessageIsPostedOnceWithItsFinalText() throws Exception {
    RecordingSink sink =
        read(
            general(
                message("U1", ROOT)
                    .text("Final agenda attached")
                    .set("edited", Map.of("user", "U1", "ts", ts("2026-03-02T09:05:00Z")))));

    assertThat(sink.all(MessagePosted.class))
        .extracting(MessagePosted::text)
        .containsExactly("Final agenda attached");
    assertThat(sink.events).extracting(e -> e.type()).doesNotContain("message_edited");
  }

  @Test
  void eachReactingUserIsOneReactionWithAKeyOfItsOwn() throws Exception {
    RecordingSink sink =
        read(
            general(
                message("U1", ROOT)
                    .reaction("white_check_mark", "U1")
                    .reaction("eyes", "U2", "U3")));

    assertThat(sink.all(ReactionAdded.class))
        .extracting(r -> r.member().value(), ReactionAdded::reaction, r -> r.key().value())
        .containsExactly(
            tuple("U1", "white_check_mark", "reaction_added:C1:" + ROOT + ":white_check_mark:U1"),
            tuple("U2", "eyes", "reaction_added:C1:" + ROOT + ":eyes:U2"),
            tuple("U3", "eyes", "reaction_added:C1:" + ROOT + ":eyes:U3"));
    assertThat(sink.all(ReactionAdded.class))
        .allSatisfy(r -> assertThat(r.message()).isEqualTo(new MessageKey(ROOT)));
  }

  @Test
  void postedKeysAreDerivedFromChannelAndTimestamp() throws Exception {
    RecordingSink sink = read(general(message("U1", ROOT)));

    assertThat(posted(sink, ROOT).key().value()).isEqualTo("message_posted:C1:" + ROOT);
  }
}
