package io.threadkeeper.deploy.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.port.ExportSummary;
import io.threadkeeper.slack.export.SlackExportReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled sample community has what the demo promises, read the way an audit reads it. */
class SampleCommunityTest {
  private static final String URGENT = "urgent-ops";
  private static final List<String> PRESSURE =
      List.of(
          "can everyone jump in now", "asap", "quick call?", "any update??", "just checking in");
  private static final Instant MIDDLE = Instant.parse("2026-11-10T12:00:00Z");

  private static final List<ChatEvent> events = new ArrayList<>();
  private static ExportSummary summary;

  @BeforeAll
  static void readSample() throws Exception {
    summary = new SlackExportReader().read(sampleFolder(), events::add);
  }

  static Path sampleFolder() throws URISyntaxException {
    return Path.of(SampleCommunityTest.class.getResource("/sample-community").toURI());
  }

  private static <T extends ChatEvent> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static String channelName(MessagePosted posted) {
    return all(ChannelChanged.class).stream()
        .filter(channel -> channel.channel().equals(posted.channel()))
        .findFirst()
        .orElseThrow()
        .name();
  }

  private static Map<String, List<MessagePosted>> threads() {
    return all(MessagePosted.class).stream()
        .collect(Collectors.groupingBy(p -> p.channel() + "/" + p.rootOrSelf()));
  }

  @Test
  void isReadWithoutErrorInTheSlackWorkspace() {
    assertThat(summary.workspace().key()).isEqualTo("slack:T07NWVOL5");
    assertThat(summary.messages()).isBetween(300L, 1_500L);
    assertThat(all(MessagePosted.class))
        .allSatisfy(
            p ->
                assertThat(p.occurredAt())
                    .isBetween(
                        Instant.parse("2026-11-02T00:00:00Z"),
                        Instant.parse("2026-11-23T00:00:00Z")));
  }

  @Test
  void hasFiveChannelsOneUrgentAndOneArchived() throws Exception {
    assertThat(all(ChannelChanged.class)).hasSizeGreaterThanOrEqualTo(5);
    assertThat(all(ChannelChanged.class)).filteredOn(ChannelChanged::archived).hasSize(1);
    JsonNode channels =
        new ObjectMapper().readTree(sampleFolder().resolve("channels.json").toFile());
    JsonNode urgent =
        StreamSupport.stream(channels.spliterator(), false)
            .filter(c -> c.get("name").asText().equals(URGENT))
            .findFirst()
            .orElseThrow();
    assertThat(urgent.path("purpose").path("value").asText())
        .containsIgnoringCase("urgent matters");
  }

  @Test
  void hasTwentyFivePeopleInSixZonesIncludingHalfAndQuarterHourOffsets() {
    List<MemberProfileChanged> people =
        all(MemberProfileChanged.class).stream().filter(p -> !p.bot() && !p.deleted()).toList();
    Set<ZoneOffset> offsets =
        people.stream()
            .map(p -> ZoneId.of(p.timeZone()).getRules().getOffset(MIDDLE))
            .collect(Collectors.toSet());

    assertThat(people).hasSizeGreaterThanOrEqualTo(25);
    assertThat(people.stream().map(MemberProfileChanged::timeZone).distinct())
        .hasSizeGreaterThanOrEqualTo(6);
    assertThat(offsets)
        .contains(ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(5, 45));
  }

  @Test
  void hasBotsAnIntegrationAndADeletedMember() {
    assertThat(all(MemberProfileChanged.class))
        .filteredOn(MemberProfileChanged::bot)
        .hasSizeBetween(2, 3);
    assertThat(all(MemberProfileChanged.class))
        .filteredOn(MemberProfileChanged::deleted)
        .hasSize(1);
    assertThat(all(MessagePosted.class))
        .filteredOn(p -> p.authorKind() == AuthorKind.BOT)
        .extracting(p -> p.author().value())
        .contains("B07NWGCAL1");
  }

  @Test
  void hasLongThreadsAndGhostThreads() {
    Map<String, List<MessagePosted>> threads = threads();
    long longThreads =
        threads.values().stream()
            .filter(
                t ->
                    t.size() - 1 >= 20
                        || t.stream().map(p -> p.author().value()).distinct().count() >= 6)
            .count();
    long ghosts =
        threads.values().stream()
            .filter(
                t ->
                    t.size() == 1
                        && t.get(0).authorKind() == AuthorKind.HUMAN
                        && !t.get(0).isReply())
            .count();

    assertThat(longThreads).isGreaterThanOrEqualTo(1);
    assertThat(ghosts).isGreaterThanOrEqualTo(1);
  }

  @Test
  void hasPressureInNormalChannelsAndInTheUrgentOne() {
    List<MessagePosted> pressure =
        all(MessagePosted.class).stream()
            .filter(p -> PRESSURE.stream().anyMatch(p.text().toLowerCase(Locale.ROOT)::contains))
            .toList();

    assertThat(pressure)
        .filteredOn(p -> !channelName(p).equals(URGENT))
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(pressure).filteredOn(p -> channelName(p).equals(URGENT)).isNotEmpty();
  }

  @Test
  void hasSummariesBroadcastTombstoneFilesReactionsAndSystemMessages() {
    List<MessagePosted> posted = all(MessagePosted.class);

    assertThat(posted)
        .filteredOn(
            p ->
                p.isReply()
                    && (p.text().startsWith("Summary:") || p.text().startsWith("Decision:")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(posted).filteredOn(MessagePosted::broadcast).isNotEmpty();
    assertThat(posted).filteredOn(p -> p.attachments() > 0).isNotEmpty();
    assertThat(posted)
        .filteredOn(p -> p.authorKind() == AuthorKind.SYSTEM)
        .hasSizeGreaterThanOrEqualTo(5);
    MessageDeleted deleted = all(MessageDeleted.class).get(0);
    assertThat(posted).filteredOn(p -> deleted.message().equals(p.threadRoot())).isNotEmpty();
    assertThat(all(ReactionAdded.class))
        .filteredOn(r -> r.reaction().equals("white_check_mark"))
        .anyMatch(
            r ->
                posted.stream()
                    .anyMatch(
                        p ->
                            p.message().equals(r.message())
                                && !p.isReply()
                                && p.author().equals(r.member())));
  }

  @Test
  void leaksNoFileUrl() {
    assertThat(events)
        .map(Object::toString)
        .noneMatch(text -> text.contains("files.slack.com") || text.contains("slack.com/files"));
  }
}
