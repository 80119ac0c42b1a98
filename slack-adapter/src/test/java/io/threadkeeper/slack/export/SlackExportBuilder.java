package io.threadkeeper.slack.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.slack.message.SlackTimestamp;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small Slack export written as a folder or a zip. Lists ({@code channels.json}, {@code
 * users.json}) are written only when something was added to them; messages go to the day file of
 * their {@code ts} date (UTC), in {@code ts} order, as Slack writes them.
 */
final class SlackExportBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, List<Map<String, Object>>> lists = new TreeMap<>();
  private final Map<String, List<Map<String, Object>>> dayFiles = new TreeMap<>();
  private final Map<String, String> rawFiles = new TreeMap<>();
  private String teamId;

  static SlackExportBuilder slackExport() {
    return new SlackExportBuilder();
  }

  /** Puts {@code team_id} on every user of {@code users.json}. */
  SlackExportBuilder team(String teamId) {
    this.teamId = teamId;
    return this;
  }

  SlackExportBuilder channel(String id, String name) {
    return conversation("channels.json", id, name, false);
  }

  SlackExportBuilder archivedChannel(String id, String name) {
    return conversation("channels.json", id, name, true);
  }

  SlackExportBuilder privateChannel(String id, String name) {
    return conversation("groups.json", id, name, false);
  }

  SlackExportBuilder directMessage(String id, String... members) {
    list("dms.json").add(Map.of("id", id, "created", 1_700_000_000, "members", List.of(members)));
    return this;
  }

  SlackExportBuilder user(String id, String timeZone) {
    return user(id, timeZone, false, false);
  }

  SlackExportBuilder user(String id, String timeZone, boolean bot, boolean deleted) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", id);
    if (teamId != null) {
      user.put("team_id", teamId);
    }
    user.put("name", id.toLowerCase());
    user.put("deleted", deleted);
    if (timeZone != null) {
      user.put("tz", timeZone);
    }
    user.put("is_bot", bot);
    user.put("updated", 1_770_000_000);
    list("users.json").add(user);
    return this;
  }

  SlackExportBuilder post(String folder, SlackMessageBuilder... messages) {
    for (SlackMessageBuilder message : messages) {
      String day = dayOf(message.tsValue());
      dayFiles
          .computeIfAbsent(folder + "/" + day + ".json", path -> new ArrayList<>())
          .add(message.build());
    }
    return this;
  }

  /** A file written exactly as given, e.g. a malformed day file. */
  SlackExportBuilder rawFile(String path, String content) {
    rawFiles.put(path, content);
    return this;
  }

  Path writeFolder(Path folder) throws IOException {
    for (Map.Entry<String, String> file : files().entrySet()) {
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    return folder;
  }

  Path writeZip(Path zip) throws IOException {
    return writeZip(zip, "");
  }

  /** A zip whose entries all sit under {@code wrapper}, e.g. {@code "export/"}. */
  Path writeZip(Path zip, String wrapper) throws IOException {
    Files.createDirectories(zip.getParent());
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> file : files().entrySet()) {
        entries.putNextEntry(new ZipEntry(wrapper + file.getKey()));
        entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        entries.closeEntry();
      }
    }
    return zip;
  }

  private SlackExportBuilder conversation(String list, String id, String name, boolean archived) {
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("id", id);
    channel.put("name", name);
    channel.put("created", 1_700_000_000);
    channel.put("is_archived", archived);
    channel.put("topic", Map.of("value", "", "creator", "", "last_set", 0));
    list(list).add(channel);
    return this;
  }

  private List<Map<String, Object>> list(String name) {
    return lists.computeIfAbsent(name, key -> new ArrayList<>());
  }

  private Map<String, String> files() throws JsonProcessingException {
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, List<Map<String, Object>>> list : lists.entrySet()) {
      files.put(list.getKey(), pretty(list.getValue()));
    }
    for (Map.Entry<String, List<Map<String, Object>>> day : dayFiles.entrySet()) {
      List<Map<String, Object>> messages = new ArrayList<>(day.getValue());
      messages.sort(
          Comparator.comparing(
              message -> new SlackTimestamp((String) message.get("ts")).instant()));
      files.put(day.getKey(), pretty(messages));
    }
    files.putAll(rawFiles);
    return files;
  }

  private static String pretty(Object value) throws JsonProcessingException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  private static String dayOf(String ts) {
    return new SlackTimestamp(ts).instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
  }
}
