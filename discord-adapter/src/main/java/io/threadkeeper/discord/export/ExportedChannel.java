package io.threadkeeper.discord.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The head of one DiscordChatExporter file: the server and the channel its messages belong to.
 *
 * @param type DiscordChatExporter's channel kind, e.g. {@code GuildTextChat}, {@code
 *     GuildPublicThread}; empty when the file does not say
 * @param parentId {@code channel.categoryId}: a category for a channel, the parent channel for a
 *     thread; empty when the file does not say
 */
record ExportedChannel(
    Path file,
    String guildId,
    String guildName,
    String id,
    String name,
    String type,
    String parentId) {
  ExportedChannel {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(id, "id");
    guildName = guildName == null ? "" : guildName;
    name = name == null || name.isBlank() ? id : name;
    type = type == null ? "" : type;
    parentId = parentId == null ? "" : parentId;
  }

  /**
   * Whether the channel kind says thread ({@code GuildPublicThread}, {@code GuildNewsThread}, …).
   */
  boolean typedAsThread() {
    return type.toLowerCase(Locale.ROOT).contains("thread");
  }

  /** Direct and group messages ({@code DirectTextChat}, {@code DirectGroupTextChat}). */
  boolean isDirectMessages() {
    return type.startsWith("Direct");
  }
}
