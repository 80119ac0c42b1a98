package io.threadkeeper.slack.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportReader;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.core.port.ExportSummary;
import io.threadkeeper.core.port.ExportTally;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads a standard Slack workspace export, zipped or unpacked, into the events live Slack
 * deliveries produce: channels, then member profiles, then each channel's messages day by day, all
 * in sorted order. Streams every file one object at a time. Stateless and thread-safe.
 */
public final class SlackExportReader implements ExportReader {
  public static final String FORMAT = "slack-export";

  private static final String WHAT_AN_EXPORT_LOOKS_LIKE =
      "a Slack export (a .zip or its unpacked folder) holds channels.json and users.json at the"
          + " top and one folder per channel, named after the channel, of day files named"
          + " YYYY-MM-DD.json, each a JSON array of messages";
  private static final List<String> TOP_LISTS =
      List.of(ExportLayout.CHANNELS, ExportLayout.USERS, "groups.json", "dms.json", "mpims.json");

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizes(Path source) throws IOException {
    if (!ExportFiles.canOpen(source)) {
      return false;
    }
    try (ExportFiles files = ExportFiles.open(source)) {
      return ExportLayout.of(files.paths()).isSlackExport();
    } catch (ZipException e) {
      return false;
    }
  }

  @Override
  public ExportSummary read(Path source, ExportSink sink)
      throws ExportFormatException, IOException {
    if (Files.exists(source) && !ExportFiles.canOpen(source)) {
      throw notAnExport(source);
    }
    try (ExportFiles files = ExportFiles.open(source)) {
      ExportLayout layout = ExportLayout.of(files.paths());
      if (!layout.isSlackExport()) {
        throw notAnExport(source);
      }
      ExportTally tally = new ExportTally(sink, filesTotal(layout));
      ChannelDirectory channels = ChannelDirectory.read(files, layout, mapper, tally);
      WorkspaceRef workspace =
          ExportWorkspace.resolve(files, layout, channelDayFiles(layout, channels), mapper, tally);
      channels.channels().forEach(channel -> tally.accept(channel.changed(workspace)));
      Set<String> bots = MemberDirectory.read(files, layout, mapper, workspace, tally);
      readMessages(files, layout, channels, new ExportMessageTranslator(workspace, bots), tally);
      return tally.summary(workspace);
    } catch (ZipException e) {
      throw new ExportFormatException(source + " is not a readable zip file: " + e.getMessage(), e);
    }
  }

  private void readMessages(
      ExportFiles files,
      ExportLayout layout,
      ChannelDirectory channels,
      ExportMessageTranslator translator,
      ExportTally tally)
      throws ExportFormatException, IOException {
    for (Map.Entry<String, List<String>> folder : layout.dayFiles().entrySet()) {
      Optional<SlackChannel> channel = channels.forFolder(folder.getKey());
      if (channel.isEmpty()) {
        tally.filesDone(folder.getValue().size());
        continue;
      }
      for (String dayFile : folder.getValue()) {
        readDayFile(files, dayFile, channel.get(), translator, tally);
        tally.filesDone(1);
      }
    }
    if (translator.skipped() > 0) {
      tally.notice(translator.skipped() + " objects without a \"ts\" were not messages; skipped");
    }
  }

  private void readDayFile(
      ExportFiles files,
      String dayFile,
      SlackChannel channel,
      ExportMessageTranslator translator,
      ExportTally tally)
      throws ExportFormatException, IOException {
    try (InputStream in = files.open(dayFile);
        JsonArrayReader reader = JsonArrayReader.open(mapper, in, dayFile, "messages")) {
      for (Optional<ObjectNode> next = reader.next(); next.isPresent(); next = reader.next()) {
        translator.translate(next.get(), channel.id(), reader, tally);
      }
    }
  }

  /** The day files of the channels to read, leaving out skipped conversations. */
  private static List<String> channelDayFiles(ExportLayout layout, ChannelDirectory channels) {
    return layout.dayFiles().entrySet().stream()
        .filter(folder -> channels.forFolder(folder.getKey()).isPresent())
        .flatMap(folder -> folder.getValue().stream())
        .toList();
  }

  private static long filesTotal(ExportLayout layout) {
    return layout.dayFileCount() + TOP_LISTS.stream().filter(layout.topFiles()::contains).count();
  }

  private static ExportFormatException notAnExport(Path source) {
    return new ExportFormatException(
        source
            + " is not a Slack export: no channels.json and no channel folders of day files; "
            + WHAT_AN_EXPORT_LOOKS_LIKE);
  }
}
