package io.threadkeeper.slack.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportTally;
import io.threadkeeper.slack.message.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which export folders are channels to read and which are conversations to skip. Public ({@code
 * channels.json}) and private ({@code groups.json}) channels are read alike; direct messages
 * ({@code dms.json}) and group DMs ({@code mpims.json}) are skipped, because Threadkeeper works on
 * channels and a DM's content is nobody else's business. Folders listed nowhere are read as
 * channels named after the folder. Immutable once read.
 */
final class ChannelDirectory {
  private static final String GROUPS = "groups.json";
  private static final String DMS = "dms.json";
  private static final String MPIMS = "mpims.json";
  private static final String GROUP_DM_PREFIX = "mpdm-";

  private final Map<String, SlackChannel> byFolder;
  private final Set<String> skippedFolders;

  private ChannelDirectory(Map<String, SlackChannel> byFolder, Set<String> skippedFolders) {
    this.byFolder = Map.copyOf(byFolder);
    this.skippedFolders = Set.copyOf(skippedFolders);
  }

  static ChannelDirectory read(
      ExportFiles files, ExportLayout layout, ObjectMapper mapper, ExportTally tally)
      throws ExportFormatException, IOException {
    ChannelLists lists = new ChannelLists(files, layout, mapper, tally);
    Map<String, SlackChannel> byFolder = new TreeMap<>();
    for (SlackChannel channel : lists.channels(ExportLayout.CHANNELS)) {
      byFolder.put(channel.folder(), channel);
    }
    List<SlackChannel> groups = lists.channels(GROUPS);
    groups.forEach(group -> byFolder.put(group.folder(), group));
    if (!groups.isEmpty()) {
      tally.notice(GROUPS + ": " + groups.size() + " private channels read as channels");
    }
    Set<String> skipped = new TreeSet<>();
    skipConversations(lists, DMS, "direct messages", skipped, tally);
    skipConversations(lists, MPIMS, "group direct messages", skipped, tally);
    inferUnlisted(layout, byFolder, skipped, tally);
    return new ChannelDirectory(byFolder, skipped);
  }

  /** Every channel, listed or inferred, sorted by name. */
  List<SlackChannel> channels() {
    List<SlackChannel> channels = new ArrayList<>(byFolder.values());
    channels.sort((a, b) -> a.name().compareTo(b.name()));
    return channels;
  }

  /** The channel whose messages are in {@code folder}; empty for a skipped conversation. */
  Optional<SlackChannel> forFolder(String folder) {
    return skippedFolders.contains(folder)
        ? Optional.empty()
        : Optional.ofNullable(byFolder.get(folder));
  }

  private static void skipConversations(
      ChannelLists lists, String list, String what, Set<String> skipped, ExportTally tally)
      throws ExportFormatException, IOException {
    List<SlackChannel> conversations = lists.channels(list);
    conversations.forEach(conversation -> skipped.add(conversation.folder()));
    if (!conversations.isEmpty()) {
      tally.notice(
          String.format(
              "%s: %d %s skipped; Threadkeeper reads channels only",
              list, conversations.size(), what));
    }
  }

  private static void inferUnlisted(
      ExportLayout layout,
      Map<String, SlackChannel> byFolder,
      Set<String> skipped,
      ExportTally tally) {
    List<String> inferred = new ArrayList<>();
    for (Map.Entry<String, List<String>> folder : layout.dayFiles().entrySet()) {
      String name = folder.getKey();
      if (byFolder.containsKey(name) || skipped.contains(name)) {
        continue;
      }
      if (name.startsWith(GROUP_DM_PREFIX)) {
        skipped.add(name);
        tally.notice("folder " + name + " looks like a group DM and was skipped");
        continue;
      }
      byFolder.put(name, inferredChannel(name, folder.getValue().get(0)));
      inferred.add(name);
    }
    if (inferred.isEmpty()) {
      return;
    }
    if (layout.topFile(ExportLayout.CHANNELS).isEmpty()) {
      tally.notice(
          String.format(
              "no channels.json: %d channels inferred from folder names (%s); their ids are the"
                  + " folder names and archived channels look active",
              inferred.size(), String.join(", ", inferred)));
      return;
    }
    inferred.forEach(
        name ->
            tally.notice(
                String.format(
                    "folder %s is not listed in channels.json or groups.json; read as channel %s",
                    name, name)));
  }

  private static SlackChannel inferredChannel(String folder, String firstDayFile) {
    String fileName = firstDayFile.substring(firstDayFile.lastIndexOf('/') + 1);
    String day = fileName.substring(0, fileName.length() - ".json".length());
    Instant firstDay = LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new SlackChannel(new ChannelId(folder), folder, folder, false, firstDay);
  }

  /** Reads the conversation lists at the top of the export; a missing list is empty. */
  private record ChannelLists(
      ExportFiles files, ExportLayout layout, ObjectMapper mapper, ExportTally tally) {

    List<SlackChannel> channels(String list) throws ExportFormatException, IOException {
      Optional<String> path = layout.topFile(list);
      if (path.isEmpty()) {
        return List.of();
      }
      List<SlackChannel> channels = new ArrayList<>();
      try (InputStream in = files.open(path.get());
          JsonArrayReader reader = JsonArrayReader.open(mapper, in, path.get(), "conversations")) {
        for (Optional<ObjectNode> next = reader.next(); next.isPresent(); next = reader.next()) {
          channels.add(channel(next.get(), list, reader));
        }
      }
      tally.filesDone(1);
      return channels;
    }

    private static SlackChannel channel(ObjectNode node, String list, JsonArrayReader reader)
        throws ExportFormatException {
      String id =
          JsonFields.text(node, "id")
              .orElseThrow(() -> reader.problemInObject("a conversation without an \"id\""));
      Optional<String> name = JsonFields.text(node, "name");
      String folder = DMS.equals(list) ? id : name.orElse(id);
      Instant created = JsonFields.epochSeconds(node, "created").orElse(Instant.EPOCH);
      return new SlackChannel(
          new ChannelId(id),
          name.orElse(id),
          folder,
          JsonFields.flag(node, "is_archived"),
          created);
    }
  }
}
