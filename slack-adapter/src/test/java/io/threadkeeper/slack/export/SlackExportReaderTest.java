package io.threadkeeper.slack.export;

import static io.threadkeeper.slack.export.SlackExportBuilder.slackExport;
import static io.threadkeeper.slack.export.SlackMessageBuilder.message;
import static io.threadkeeper.slack.export.SlackMessageBuilder.ts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportSummary;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackExportReaderTest {
  private final SlackExportReader reader = new SlackExportReader();

  @TempDir Path temp;

  private static SlackExportBuilder smallExport() {
    return slackExport()
        .team("T0TEST")
        .channel("C1", "general")
        .archivedChannel("C2", "old-site")
        .user("U1", "Europe/Lisbon")
        .user("U2", "Asia/Kolkata")
        .post("general", message("U1", ts("2026-03-02T09:00:00Z", 100)))
        .post("general", message("U2", ts("2026-03-03T10:00:00Z", 200)))
        .post("old-site", message("U2", ts("2026-03-02T11:00:00Z", 300)));
  }

  @Test
  void folderAndZipOfTheSameExportYieldTheSameEvents() throws Exception {
    RecordingSink fromFolder = new RecordingSink();
    RecordingSink fromZip = new RecordingSink();

    reader.read(smallExport().writeFolder(temp.resolve("northwind")), fromFolder);
    reader.read(smallExport().writeZip(temp.resolve("northwind.zip")), fromZip);

    assertThat(fromZip.events).isEqualTo(fromFolder.events).hasSize(7);
  }

  @Test
  void readingTheSameExportTwiceYieldsTheSameKeys() throws Exception {
    Path export = smallExport().writeZip(temp.resolve("export.zip"));
    RecordingSink first = new RecordingSink();
    RecordingSink second = new RecordingSink();

    reader.read(export, first);
    reader.read(export, second);

    assertThat(second.events)
        .extracting(ChatEvent::key)
        .isEqualTo(first.events.stream().map(ChatEvent::key).toList());
    assertThat(first.events).extracting(ChatEvent::key).doesNotHaveDuplicates();
  }

  @Test
  void channelsComeFirstThenProfilesThenMessagesInChannelAndDayOrder() throws Exception {
    RecordingSink sink = new RecordingSink();

    reader.read(smallExport().writeFolder(temp.resolve("x")), sink);

    assertThat(sink.events)
        .extracting(ChatEvent::type)
        .containsExactly(
            "channel_changed",
            "channel_changed",
            "member_profile_changed",
            "member_profile_changed",
            "message_posted",
            "message_posted",
            "message_posted");
    assertThat(sink.all(MessagePosted.class))
        .extracting(posted -> posted.channel().value() + "@" + posted.message().value())
        .containsExactly(
            "C1@" + ts("2026-03-02T09:00:00Z", 100),
            "C1@" + ts("2026-03-03T10:00:00Z", 200),
            "C2@" + ts("2026-03-02T11:00:00Z", 300));
  }

  @Test
  void channelsCarryTheirNameAndArchivedState() throws Exception {
    RecordingSink sink = new RecordingSink();

    reader.read(smallExport().writeFolder(temp.resolve("x")), sink);

    assertThat(sink.all(ChannelChanged.class))
        .extracting(c -> c.channel().value(), ChannelChanged::name, ChannelChanged::archived)
        .containsExactly(tuple("C1", "general", false), tuple("C2", "old-site", true));
  }

  @Test
  void profilesCarryTimeZoneBotAndDeactivation() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .user("U1", "Asia/Kathmandu")
            .user("U2", null, false, true)
            .user("B1", "America/Los_Angeles", true, false)
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(MemberProfileChanged.class))
        .extracting(
            p -> p.member().value(),
            MemberProfileChanged::timeZone,
            MemberProfileChanged::bot,
            MemberProfileChanged::deleted)
        .containsExactly(
            tuple("U1", "Asia/Kathmandu", false, false),
            tuple("U2", null, false, true),
            tuple("B1", "America/Los_Angeles", true, false));
  }

  @Test
  void workspaceIsTheTeamIdOfUsersJson() throws Exception {
    RecordingSink sink = new RecordingSink();

    ExportSummary summary = reader.read(smallExport().writeFolder(temp.resolve("x")), sink);

    WorkspaceRef expected = new WorkspaceRef(Platform.SLACK, "T0TEST");
    assertThat(summary.workspace()).isEqualTo(expected);
    assertThat(sink.events).allSatisfy(event -> assertThat(event.workspace()).isEqualTo(expected));
    assertThat(sink.notices).anyMatch(n -> n.contains("slack:T0TEST") && n.contains("users.json"));
  }

  @Test
  void workspaceIsTheTeamOfTheMessagesWhenUsersJsonHasNone() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .post("general", message("U1", ts("2026-03-02T10:00:00Z")).set("team", "T0MSG"))
            .writeFolder(temp.resolve("x"));

    ExportSummary summary = reader.read(export, sink);

    assertThat(summary.workspace().key()).isEqualTo("slack:T0MSG");
    assertThat(sink.notices).anyMatch(n -> n.contains("general/2026-03-02.json"));
  }

  @Test
  void workspaceIsNamedAfterTheExportWhenNoTeamIdIsAnywhere() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .channel("C1", "general")
            .post("general", message("U1", ts("2026-03-02T09:00:00Z")))
            .writeZip(temp.resolve("Northwind Slack export Mar 2026.zip"));

    ExportSummary summary = reader.read(export, sink);

    assertThat(summary.workspace().key()).isEqualTo("slack:export-northwind-slack-export-mar-2026");
    assertThat(sink.notices)
        .anyMatch(n -> n.contains("no team id") && n.contains("slack:export-northwind"));
  }

  @Test
  void occurredAtIsTheTimestampToTheMicrosecond() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path export =
        slackExport()
            .post("general", message("U1", "1772442000.123456"))
            .writeFolder(temp.resolve("x"));

    reader.read(export, sink);

    assertThat(sink.all(MessagePosted.class).get(0).occurredAt())
        .isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
  }

  @Test
  void progressCountsFilesUpToTheTotal() throws Exception {
    RecordingSink sink = new RecordingSink();

    reader.read(smallExport().writeFolder(temp.resolve("x")), sink);

    // channels.json, users.json and three day files
    assertThat(sink.progress).isNotEmpty();
    assertThat(sink.progress.get(sink.progress.size() - 1)).containsExactly(5, 5);
    assertThat(sink.progress).extracting(p -> p[0]).isSorted();
  }

  @Test
  void summaryCountsChannelsMembersAndMessages() throws Exception {
    ExportSummary summary =
        reader.read(smallExport().writeFolder(temp.resolve("x")), new RecordingSink());

    assertThat(summary.channels()).isEqualTo(2);
    assertThat(summary.members()).isEqualTo(2);
    assertThat(summary.messages()).isEqualTo(3);
    assertThat(reader.format()).isEqualTo("slack-export");
  }
}
