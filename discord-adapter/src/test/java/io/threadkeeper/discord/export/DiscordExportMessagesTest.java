package io.threadkeeper.discord.export;

import static io.threadkeeper.discord.export.DceFileBuilder.GUILD;
import static io.threadkeeper.discord.export.DceFileBuilder.channelFile;
import static io.threadkeeper.discord.export.DceMessageBuilder.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscordExportMessagesTest {
  private static final String GENERAL = "811000000000000010";

  @TempDir Path temp;

  private RecordingSink read(DceMessageBuilder... messages) throws Exception {
    Path file = channelFile(GENERAL, "general").messages(messages).write(temp.resolve("g.json"));
    RecordingSink sink = new RecordingSink();
    new DiscordExportReader().read(file, sink);
    return sink;
  }

  @Test
  void messageIsPostedInTheGuildWorkspaceAtItsInstant() throws Exception {
    RecordingSink sink =
        read(message("1001", "501").at("2026-03-02T10:15:00+01:00").text("Who brings the HDMI?"));

    MessagePosted posted = sink.posted("1001");
    assertThat(posted.workspace()).isEqualTo(new WorkspaceRef(Platform.DISCORD, GUILD));
    assertThat(posted.channel().value()).isEqualTo(GENERAL);
    assertThat(posted.key().value()).isEqualTo("message_posted:1001");
    assertThat(posted.occurredAt()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
    assertThat(posted.author()).isEqualTo(new MemberId("501"));
    assertThat(posted.authorKind()).isEqualTo(AuthorKind.HUMAN);
    assertThat(posted.text()).isEqualTo("Who brings the HDMI?");
    assertThat(posted.isReply()).isFalse();
  }

  @Test
  void channelIsAnnouncedBeforeItsMessages() throws Exception {
    RecordingSink sink = read(message("1001", "501"));

    assertThat(sink.events.get(0)).isInstanceOf(ChannelChanged.class);
    ChannelChanged channel = (ChannelChanged) sink.events.get(0);
    assertThat(channel.channel().value()).isEqualTo(GENERAL);
    assertThat(channel.name()).isEqualTo("general");
  }

  @Test
  void replyToAReplyJoinsTheThreadOfTheFirstMessage() throws Exception {
    RecordingSink sink =
        read(
            message("1001", "501"),
            message("1002", "502").replyTo("1001"),
            message("1003", "501").replyTo("1002"));

    assertThat(sink.posted("1002").threadRoot()).isEqualTo(new MessageKey("1001"));
    assertThat(sink.posted("1003").threadRoot()).isEqualTo(new MessageKey("1001"));
  }

  @Test
  void replyToAMessageOutsideTheFileHasThatMessageAsRoot() throws Exception {
    RecordingSink sink =
        read(message("1002", "502").replyTo("999"), message("1003", "501").replyTo("1002"));

    assertThat(sink.posted("1002").threadRoot()).isEqualTo(new MessageKey("999"));
    assertThat(sink.posted("1003").threadRoot()).isEqualTo(new MessageKey("999"));
  }

  @Test
  void referenceToAnotherChannelStartsNoThread() throws Exception {
    RecordingSink sink = read(message("1002", "502").references("811000000000000077", "999"));

    assertThat(sink.posted("1002").isReply()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ThreadCreated",
        "GuildMemberJoin",
        "Call",
        "ChannelPinnedMessage",
        "ChannelNameChange",
        "21"
      })
  void platformNoticesAreSystemMessages(String type) throws Exception {
    RecordingSink sink = read(message("1001", "501").type(type));

    assertThat(sink.posted("1001").authorKind()).isEqualTo(AuthorKind.SYSTEM);
  }

  @Test
  void pinNoticeIsNoReplyToThePinnedMessage() throws Exception {
    RecordingSink sink =
        read(
            message("1001", "501"),
            message("1002", "501").type("ChannelPinnedMessage").references(GENERAL, "1001"));

    assertThat(sink.posted("1002").isReply()).isFalse();
  }

  @Test
  void botAuthorIsABotAndHasABotProfile() throws Exception {
    RecordingSink sink = read(message("1001", "601").bot());

    assertThat(sink.posted("1001").authorKind()).isEqualTo(AuthorKind.BOT);
    assertThat(sink.all(MemberProfileChanged.class))
        .singleElement()
        .satisfies(profile -> assertThat(profile.bot()).isTrue());
  }

  @Test
  void deletedUserIsStillAMemberAndMarkedDeleted() throws Exception {
    RecordingSink sink = read(message("1001", "456226577798135808").deletedUser());

    assertThat(sink.posted("1001").author()).isEqualTo(new MemberId("456226577798135808"));
    assertThat(sink.posted("1001").authorKind()).isEqualTo(AuthorKind.HUMAN);
    assertThat(sink.all(MemberProfileChanged.class))
        .singleElement()
        .satisfies(profile -> assertThat(profile.deleted()).isTrue());
  }

  @Test
  void authorWithoutNicknameIsRead() throws Exception {
    RecordingSink sink = read(message("1001", "501").withoutNickname());

    assertThat(sink.posted("1001").author()).isEqualTo(new MemberId("501"));
  }

  @Test
  void eachAuthorGetsOneProfileBeforeTheirFirstMessage() throws Exception {
    RecordingSink sink =
        read(message("1001", "501"), message("1002", "502"), message("1003", "501"));

    assertThat(sink.all(MemberProfileChanged.class))
        .extracting(profile -> profile.member().value())
        .containsExactly("501", "502");
    assertThat(sink.events.get(1)).isInstanceOf(MemberProfileChanged.class);
  }

  @Test
  void editedMessageIsPostedOnceWithItsFinalText() throws Exception {
    RecordingSink sink =
        read(message("1001", "501").edited("2026-03-02T11:00:00+00:00", "Meetup moved to 19:00"));

    assertThat(sink.all(MessagePosted.class))
        .singleElement()
        .satisfies(posted -> assertThat(posted.text()).isEqualTo("Meetup moved to 19:00"));
  }

  @Test
  void reactionsWithUsersBecomeReactionsOnTheMessage() throws Exception {
    RecordingSink sink = read(message("1001", "501").reaction("✅", "502", "503"));

    assertThat(sink.all(ReactionAdded.class))
        .extracting(r -> r.member().value() + " " + r.reaction() + " " + r.message().value())
        .containsExactly("502 ✅ 1001", "503 ✅ 1001");
    assertThat(sink.all(ReactionAdded.class).get(0).key().value())
        .isEqualTo("reaction_added:1001:502:✅");
  }

  @Test
  void reactionsWithoutUsersAreCountedInANotice() throws Exception {
    RecordingSink sink =
        read(
            message("1001", "501").reactionWithoutUsers("👍", 3),
            message("1002", "501").reactionWithoutUsers("🎉", 2));

    assertThat(sink.all(ReactionAdded.class)).isEmpty();
    assertThat(sink.notices).anyMatch(notice -> notice.startsWith("5 reactions name no users"));
  }

  @Test
  void attachmentsAreCounted() throws Exception {
    RecordingSink sink =
        read(message("1001", "501").attachment("floor-plan.pdf").attachment("menu.png"));

    assertThat(sink.posted("1001").attachments()).isEqualTo(2);
  }

  @Test
  void progressCountsFiles() throws Exception {
    RecordingSink sink = read(message("1001", "501"));

    assertThat(sink.progress).last().isEqualTo(new long[] {1, 1});
  }
}
