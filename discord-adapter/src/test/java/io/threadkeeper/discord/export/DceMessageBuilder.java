package io.threadkeeper.discord.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One message as DiscordChatExporter writes it, with the URLs it carries (avatars, files). */
final class DceMessageBuilder {
  private final String id;
  private final Map<String, Object> author = new LinkedHashMap<>();
  private final List<Map<String, Object>> attachments = new ArrayList<>();
  private final List<Map<String, Object>> reactions = new ArrayList<>();
  private String type = "Default";
  private String timestamp = "2026-03-02T09:00:00+00:00";
  private String edited;
  private String content = "";
  private String repliesTo;
  private String referenceChannel;

  private DceMessageBuilder(String id, String authorId) {
    this.id = id;
    author.put("id", authorId);
    author.put("name", "user" + authorId);
    author.put("discriminator", "0000".equals(authorId) ? "0001" : "0");
    author.put("nickname", "User " + authorId);
    author.put("color", "#3498DB");
    author.put("isBot", false);
    author.put("roles", List.of());
    author.put(
        "avatarUrl", "https://cdn.discordapp.com/avatars/" + authorId + "/a1b2c3.png?size=512");
  }

  static DceMessageBuilder message(String id, String authorId) {
    return new DceMessageBuilder(id, authorId);
  }

  DceMessageBuilder at(String isoWithOffset) {
    this.timestamp = isoWithOffset;
    return this;
  }

  DceMessageBuilder type(String type) {
    this.type = type;
    return this;
  }

  DceMessageBuilder text(String content) {
    this.content = content;
    return this;
  }

  DceMessageBuilder replyTo(String message) {
    this.type = "Reply";
    this.repliesTo = message;
    return this;
  }

  /** A reference to a message of another channel, as crossposts and thread notices carry. */
  DceMessageBuilder references(String channel, String message) {
    this.repliesTo = message;
    this.referenceChannel = channel;
    return this;
  }

  DceMessageBuilder bot() {
    author.put("isBot", true);
    return this;
  }

  DceMessageBuilder deletedUser() {
    author.put("name", "Deleted User");
    author.put("discriminator", "0000");
    author.remove("nickname");
    author.put("avatarUrl", "https://cdn.discordapp.com/embed/avatars/0.png");
    return this;
  }

  DceMessageBuilder withoutNickname() {
    author.remove("nickname");
    return this;
  }

  DceMessageBuilder edited(String isoWithOffset, String finalText) {
    this.edited = isoWithOffset;
    this.content = finalText;
    return this;
  }

  DceMessageBuilder attachment(String fileName) {
    String fileId = "7" + id + attachments.size();
    attachments.add(
        Map.of(
            "id",
            fileId,
            "url",
            "https://cdn.discordapp.com/attachments/1/" + fileId + "/" + fileName + "?ex=1",
            "fileName",
            fileName,
            "fileSizeBytes",
            48213));
    return this;
  }

  DceMessageBuilder reaction(String emoji, String... users) {
    List<Map<String, Object>> who = new ArrayList<>();
    for (String user : users) {
      who.add(Map.of("id", user, "name", "user" + user, "discriminator", "0", "isBot", false));
    }
    reactions.add(Map.of("emoji", emoji(emoji), "count", users.length, "users", who));
    return this;
  }

  /** A reaction as older DiscordChatExporter versions write it: a count, no users. */
  DceMessageBuilder reactionWithoutUsers(String emoji, int count) {
    reactions.add(Map.of("emoji", emoji(emoji), "count", count));
    return this;
  }

  private static Map<String, Object> emoji(String name) {
    return Map.of(
        "id", "",
        "name", name,
        "code", "thumbsup",
        "isAnimated", false,
        "imageUrl", "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/1f44d.svg");
  }

  Map<String, Object> toMap(String guild, String channel) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", id);
    message.put("type", type);
    message.put("timestamp", timestamp);
    message.put("timestampEdited", edited);
    message.put("callEndedTimestamp", null);
    message.put("isPinned", false);
    message.put("content", content);
    message.put("author", author);
    message.put("attachments", attachments);
    message.put("embeds", List.of());
    message.put("stickers", List.of());
    message.put("reactions", reactions);
    message.put("mentions", List.of());
    if (repliesTo != null) {
      message.put(
          "reference",
          Map.of(
              "messageId", repliesTo,
              "channelId", referenceChannel == null ? channel : referenceChannel,
              "guildId", guild));
    }
    return message;
  }
}
