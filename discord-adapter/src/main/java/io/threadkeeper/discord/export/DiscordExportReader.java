package io.threadkeeper.discord.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.core.port.ExportSummary;
import io.threadkeeper.core.port.ExportTally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a DiscordChatExporter JSON export, one channel's file or a folder of files for a whole
 * server, into the events live Discord deliveries produce: every channel and thread first, then
 * each file's messages, channels before threads and otherwise in path order, each author's profile
 * before their first message. Streams every file one message at a time. Stateless and thread-safe.
 *
 * <p>How threads are placed: see {@link Placement}.
 */
public final class DiscordExportReader implements ExportReader {
  public static final String FORMAT = "discord-chat-exporter";

  static final String WHAT_AN_EXPORT_LOOKS_LIKE =
      "export with DiscordChatExporter in JSON format: one .json file per channel or thread (or a"
          + " folder of them for a whole server), each a JSON object with \"guild\" {id, name},"
          + " \"channel\" {id, type, categoryId, name} and \"messages\" [{id, type, timestamp,"
          + " content, author, reactions, reference, …}]";

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizes(Path source) throws IOException {
    if (!Files.exists(source)) {
      return false;
    }
    for (Path file : ExportFolder.jsonFiles(source)) {
      if (ExportFolder.isJson(file) && head(file).isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public ExportSummary read(Path source, ExportSink sink)
      throws ExportFormatException, IOException {
    if (!Files.exists(source)) {
      throw new NoSuchFileException(source.toString());
    }
    List<Path> files = ExportFolder.jsonFiles(source);
    ExportTally tally = new ExportTally(sink, files.size());
    ChannelPlan plan = ChannelPlan.of(channels(source, files, tally));
    WorkspaceRef workspace = workspace(plan.channels(), tally);
    plan.channels().forEach(channel -> tally.accept(ChannelPlan.changed(workspace, channel)));
    ExportMessageTranslator translator = new ExportMessageTranslator(workspace);
    for (ExportedChannel channel : plan.channels()) {
      readMessages(channel, new Placement(channel, plan), translator, tally);
      tally.filesDone(1);
    }
    noticeSkips(translator, tally);
    return tally.summary(workspace);
  }

  /** The channel of every file to read; a folder's other files are skipped and noticed. */
  private List<ExportedChannel> channels(Path source, List<Path> files, ExportTally tally)
      throws ExportFormatException, IOException {
    List<ExportedChannel> channels = new ArrayList<>();
    for (Path file : files) {
      Optional<ExportedChannel> channel = headOrExplain(file);
      if (channel.isEmpty()) {
        if (files.size() == 1) {
          throw notAnExport(file);
        }
        tally.notice(file + " is not a DiscordChatExporter JSON export; skipped");
        tally.filesDone(1);
      } else if (channel.get().isDirectMessages()) {
        tally.notice(file + ": direct messages skipped; Threadkeeper reads server channels only");
        tally.filesDone(1);
      } else {
        channels.add(channel.get());
      }
    }
    if (channels.isEmpty()) {
      throw notAnExport(source);
    }
    return channels;
  }

  private static WorkspaceRef workspace(List<ExportedChannel> channels, ExportTally tally)
      throws ExportFormatException {
    ExportedChannel first = channels.get(0);
    for (ExportedChannel channel : channels) {
      if (!channel.guildId().equals(first.guildId())) {
        throw new ExportFormatException(
            String.format(
                "%s is from server %s but %s is from server %s; import one server at a time",
                channel.file(), channel.guildId(), first.file(), first.guildId()));
      }
    }
    WorkspaceRef workspace = new WorkspaceRef(Platform.DISCORD, first.guildId());
    tally.notice("workspace " + workspace.key() + " (server \"" + first.guildName() + "\")");
    return workspace;
  }

  private void readMessages(
      ExportedChannel channel,
      Placement placement,
      ExportMessageTranslator translator,
      ExportTally tally)
      throws ExportFormatException, IOException {
    try (DceJsonFile file = DceJsonFile.open(mapper, channel.file())) {
      file.head();
      for (Optional<ObjectNode> next = file.next(); next.isPresent(); next = file.next()) {
        translator.translate(next.get(), placement, file, tally);
      }
    }
  }

  private static void noticeSkips(ExportMessageTranslator translator, ExportTally tally) {
    if (translator.duplicates() > 0) {
      tally.notice(
          translator.duplicates()
              + " messages appeared in more than one file (overlapping exports); read once");
    }
    if (translator.reactionsWithoutUsers() > 0) {
      tally.notice(
          translator.reactionsWithoutUsers()
              + " reactions name no users (the export left them out) and were not imported;"
              + " export with a DiscordChatExporter version that writes reaction users");
    }
  }

  /** The file's channel, or empty when it is not an export; malformed JSON is an error. */
  private Optional<ExportedChannel> headOrExplain(Path file)
      throws ExportFormatException, IOException {
    try (DceJsonFile json = DceJsonFile.open(mapper, file)) {
      return json.head();
    } catch (ExportFormatException e) {
      throw new ExportFormatException(e.getMessage() + "; " + WHAT_AN_EXPORT_LOOKS_LIKE, e);
    }
  }

  private Optional<ExportedChannel> head(Path file) throws IOException {
    try (DceJsonFile json = DceJsonFile.open(mapper, file)) {
      return json.head();
    } catch (ExportFormatException e) {
      return Optional.empty();
    }
  }

  private static ExportFormatException notAnExport(Path source) {
    return new ExportFormatException(
        source + " is not a DiscordChatExporter export; " + WHAT_AN_EXPORT_LOOKS_LIKE);
  }
}
