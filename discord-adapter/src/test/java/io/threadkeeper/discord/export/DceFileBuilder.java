package io.threadkeeper.discord.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One DiscordChatExporter JSON file: a channel or a thread of the test server, and its messages.
 */
final class DceFileBuilder {
  static final String GUILD = "811000000000000001";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String id;
  private final String name;
  private final List<DceMessageBuilder> messages = new ArrayList<>();
  private String guild = GUILD;
  private String type = "GuildTextChat";
  private String categoryId = "811000000000000900";
  private String category = "Community";

  private DceFileBuilder(String id, String name) {
    this.id = id;
    this.name = name;
  }

  static DceFileBuilder channelFile(String id, String name) {
    return new DceFileBuilder(id, name);
  }

  /** A thread's file: DiscordChatExporter puts the parent channel in {@code categoryId}. */
  static DceFileBuilder threadFile(String id, String name, String parent) {
    DceFileBuilder file = new DceFileBuilder(id, name).type("GuildPublicThread");
    file.categoryId = parent;
    file.category = "parent";
    return file;
  }

  DceFileBuilder type(String type) {
    this.type = type;
    return this;
  }

  DceFileBuilder guild(String guild) {
    this.guild = guild;
    return this;
  }

  DceFileBuilder messages(DceMessageBuilder... added) {
    messages.addAll(List.of(added));
    return this;
  }

  Path write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toMap());
    return file;
  }

  private Map<String, Object> toMap() {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put(
        "guild",
        Map.of(
            "id",
            guild,
            "name",
            "Lisbon Meetups",
            "iconUrl",
            "https://cdn.discordapp.com/icons/" + guild + "/abc.png?size=512"));
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("id", id);
    channel.put("type", type);
    channel.put("categoryId", categoryId);
    channel.put("category", category);
    channel.put("name", name);
    channel.put("topic", null);
    export.put("channel", channel);
    export.put("dateRange", Map.of());
    export.put("exportedAt", "2026-03-10T12:00:00+00:00");
    export.put("messages", messages.stream().map(m -> m.toMap(guild, id)).toList());
    export.put("messageCount", messages.size());
    return export;
  }
}
