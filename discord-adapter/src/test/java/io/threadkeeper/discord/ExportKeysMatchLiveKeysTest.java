package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.discord.export.DiscordExportReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message seen live and then imported from an export is one message: the keys agree. */
class ExportKeysMatchLiveKeysTest {
  private static final String GUILD = "811000000000000001";
  private static final String CHANNEL = "1189453872093200384";
  private static final Instant CREATED = Instant.parse("2023-12-26T12:00:00.101Z");

  private final DiscordEventTranslator live = new DiscordEventTranslator(new ThreadRoots(16));

  @TempDir Path temp;

  @Test
  void importedEventsCarryTheLiveAdaptersKeys() throws Exception {
    List<ChatEvent> imported = importOneMessage();

    assertThat(only(imported, MessagePosted.class).key()).isEqualTo(livePosted().key());
    assertThat(only(imported, ReactionAdded.class).key())
        .isEqualTo(live.reactionAdded(GUILD, CHANNEL, "3001", "502", "✅", CREATED).key());
    assertThat(only(imported, ChannelChanged.class).key())
        .isEqualTo(
            live.channel(GUILD, CHANNEL, "general", false, Instant.ofEpochMilli(1_703_658_302_091L))
                .key());
    assertThat(
            imported.stream()
                .filter(MemberProfileChanged.class::isInstance)
                .map(ChatEvent::key)
                .toList())
        .contains(live.memberChanged(GUILD, "501", false, CREATED).key());
  }

  private MessagePosted livePosted() {
    return live.posted(
        new DiscordEventTranslator.Posted(
            GUILD, CHANNEL, "3001", null, null, "501", AuthorKind.HUMAN, "hi", 0, CREATED));
  }

  private List<ChatEvent> importOneMessage() throws Exception {
    Map<String, Object> message =
        Map.of(
            "id", "3001",
            "type", "Default",
            "timestamp", "2023-12-26T12:00:00.101+00:00",
            "content", "hi",
            "author", Map.of("id", "501", "name", "ana", "isBot", false),
            "reactions",
                List.of(
                    Map.of(
                        "emoji", Map.of("name", "✅"),
                        "count", 1,
                        "users", List.of(Map.of("id", "502")))));
    Map<String, Object> export =
        Map.of(
            "guild", Map.of("id", GUILD, "name", "Lisbon Meetups"),
            "channel", Map.of("id", CHANNEL, "type", "GuildTextChat", "name", "general"),
            "messages", List.of(message));
    Path file = temp.resolve("general.json");
    Files.writeString(file, new ObjectMapper().writeValueAsString(sorted(export)));
    List<ChatEvent> events = new ArrayList<>();
    new DiscordExportReader().read(file, recordingTo(events));
    return events;
  }

  /** Channel and guild ahead of messages, as DiscordChatExporter writes them. */
  private static Map<String, Object> sorted(Map<String, Object> export) {
    return new TreeMap<>(export);
  }

  private static ExportSink recordingTo(List<ChatEvent> events) {
    return events::add;
  }

  private static <T extends ChatEvent> T only(List<ChatEvent> events, Class<T> type) {
    List<T> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }
}
