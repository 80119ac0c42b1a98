package io.threadkeeper.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Gateway and REST payloads in Discord's shapes, written for these tests. Each carries the fields
 * JDA insists on (see the notes on payload traps: afk_timeout from a fixed set, role colors, every
 * guild list present, the bot's own member, interaction guild/channel/context objects).
 */
public final class Payloads {
  static final ObjectMapper JSON = new ObjectMapper();

  static final long ATTACH_FILES = 1L << 15;

  /**
   * VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES, READ_MESSAGE_HISTORY, ADD_REACTIONS,
   * IN_THREADS.
   */
  static final long EVERYONE_PERMISSIONS =
      (1L << 10) | (1L << 11) | (1L << 14) | ATTACH_FILES | (1L << 16) | (1L << 6) | (1L << 38);

  static final long MANAGE_SERVER = 1L << 5;

  private Payloads() {}

  static ObjectNode user(long id, String name, boolean bot) {
    ObjectNode user = JSON.createObjectNode();
    user.put("id", Long.toString(id))
        .put("username", name)
        .put("global_name", name)
        .put("discriminator", "0")
        .putNull("avatar")
        .put("bot", bot)
        .put("public_flags", 0);
    return user;
  }

  static ObjectNode member(ObjectNode user, long... roles) {
    ObjectNode member = JSON.createObjectNode();
    member.set("user", user);
    ArrayNode roleIds = member.putArray("roles");
    for (long role : roles) {
      roleIds.add(Long.toString(role));
    }
    member
        .put("joined_at", timestamp(Instant.parse("2024-01-01T00:00:00Z")))
        .putNull("nick")
        .put("deaf", false)
        .put("mute", false)
        .put("flags", 0)
        .put("pending", false);
    return member;
  }

  static ObjectNode role(long id, String name, long permissions) {
    ObjectNode role = JSON.createObjectNode();
    role.put("id", Long.toString(id))
        .put("name", name)
        .put("permissions", Long.toString(permissions))
        .put("position", 0)
        .put("color", 0)
        .put("hoist", false)
        .put("managed", false)
        .put("mentionable", false)
        .put("flags", 0)
        .putNull("icon")
        .putNull("unicode_emoji");
    role.putObject("colors")
        .put("primary_color", 0)
        .putNull("secondary_color")
        .putNull("tertiary_color");
    return role;
  }

  /** A text channel whose name ends so denies @everyone (and so the bot) Attach Files. */
  public static final String NO_FILES = "-no-files";

  static ObjectNode textChannel(long id, long guild, String name) {
    ObjectNode channel = JSON.createObjectNode();
    channel
        .put("id", Long.toString(id))
        .put("type", 0)
        .put("guild_id", Long.toString(guild))
        .put("name", name)
        .put("position", 0)
        .putNull("topic")
        .put("nsfw", false)
        .put("rate_limit_per_user", 0)
        .putNull("last_message_id")
        .putNull("parent_id");
    ArrayNode overwrites = channel.putArray("permission_overwrites");
    if (name.endsWith(NO_FILES)) {
      overwrites
          .addObject()
          .put("id", Long.toString(guild))
          .put("type", 0)
          .put("allow", "0")
          .put("deny", Long.toString(ATTACH_FILES));
    }
    return channel;
  }

  static ObjectNode forumChannel(long id, long guild, String name) {
    ObjectNode channel = JSON.createObjectNode();
    channel
        .put("id", Long.toString(id))
        .put("type", 15)
        .put("guild_id", Long.toString(guild))
        .put("name", name)
        .put("position", 0)
        .putNull("topic")
        .put("nsfw", false)
        .put("rate_limit_per_user", 0)
        .put("default_thread_rate_limit_per_user", 0)
        .putNull("last_message_id")
        .putNull("parent_id")
        .put("flags", 0)
        .putNull("default_reaction_emoji")
        .putNull("default_sort_order")
        .put("default_forum_layout", 0);
    channel.putArray("available_tags");
    channel.putArray("permission_overwrites");
    return channel;
  }

  /** A forum post: a public thread (type 11) whose id is its starter message's. */
  static ObjectNode forumPost(long id, long guild, long forum, String title, long ownerId) {
    ObjectNode thread = JSON.createObjectNode();
    thread
        .put("id", Long.toString(id))
        .put("type", 11)
        .put("guild_id", Long.toString(guild))
        .put("parent_id", Long.toString(forum))
        .put("name", title)
        .put("owner_id", Long.toString(ownerId))
        .put("flags", 0)
        .put("member_count", 1)
        .put("message_count", 0)
        .put("total_message_sent", 0)
        .put("last_message_id", Long.toString(id))
        .put("rate_limit_per_user", 0)
        .put("newly_created", true);
    thread.putArray("applied_tags");
    String created = timestamp(Instant.ofEpochMilli((id >> 22) + 1_420_070_400_000L));
    thread
        .putObject("thread_metadata")
        .put("archived", false)
        .put("locked", false)
        .put("invitable", true)
        .put("auto_archive_duration", 10080)
        .put("archive_timestamp", created)
        .put("create_timestamp", created);
    return thread;
  }

  static ObjectNode guildCreate(FakeGuild guild, ObjectNode botUser) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", Long.toString(guild.id()))
        .put("name", guild.name())
        .putNull("icon")
        .put("owner_id", Long.toString(guild.ownerId()))
        .put("afk_timeout", 300)
        .putNull("afk_channel_id")
        .put("verification_level", 0)
        .put("default_message_notifications", 0)
        .put("explicit_content_filter", 0)
        .put("mfa_level", 0)
        .put("nsfw_level", 0)
        .put("premium_tier", 0)
        .put("premium_subscription_count", 0)
        .put("preferred_locale", "en-US")
        .putNull("system_channel_id")
        .put("system_channel_flags", 0)
        .putNull("rules_channel_id")
        .putNull("public_updates_channel_id")
        .putNull("description")
        .putNull("banner")
        .putNull("splash")
        .putNull("discovery_splash")
        .putNull("vanity_url_code")
        .put("max_members", 500000)
        .put("large", false)
        .put("unavailable", false)
        .put("member_count", 1)
        .put("premium_progress_bar_enabled", false)
        .put("joined_at", timestamp(Instant.parse("2024-01-01T00:00:00Z")));
    d.putArray("features");
    ArrayNode roles = d.putArray("roles");
    roles.add(role(guild.id(), "@everyone", EVERYONE_PERMISSIONS));
    roles.add(role(guild.moderatorRoleId(), "moderators", EVERYONE_PERMISSIONS | MANAGE_SERVER));
    ArrayNode channels = d.putArray("channels");
    guild.channels().forEach((id, name) -> channels.add(textChannel(id, guild.id(), name)));
    guild.forums().forEach((id, name) -> channels.add(forumChannel(id, guild.id(), name)));
    d.putArray("members").add(member(botUser));
    d.putArray("threads");
    d.putArray("emojis");
    d.putArray("stickers");
    d.putArray("voice_states");
    d.putArray("presences");
    d.putArray("stage_instances");
    d.putArray("guild_scheduled_events");
    return d;
  }

  /**
   * A message as Discord sends it in MESSAGE_CREATE and in channel history.
   *
   * @param repliesTo the message it replies to, or 0
   */
  public static ObjectNode message(
      long id, long guild, long channel, ObjectNode author, String content, long repliesTo) {
    ObjectNode m = JSON.createObjectNode();
    m.put("id", Long.toString(id))
        .put("channel_id", Long.toString(channel))
        .put("content", content)
        .put("timestamp", timestamp(Instant.ofEpochMilli((id >> 22) + 1_420_070_400_000L)))
        .putNull("edited_timestamp")
        .put("tts", false)
        .put("mention_everyone", false)
        .put("pinned", false)
        .put("type", repliesTo == 0 ? 0 : 19)
        .put("flags", 0);
    if (guild != 0) {
      m.put("guild_id", Long.toString(guild));
    }
    m.set("author", author);
    m.putArray("mentions");
    m.putArray("mention_roles");
    m.putArray("attachments");
    m.putArray("embeds");
    m.putArray("components");
    if (repliesTo != 0) {
      m.putObject("message_reference")
          .put("type", 0)
          .put("message_id", Long.toString(repliesTo))
          .put("channel_id", Long.toString(channel))
          .put("guild_id", Long.toString(guild));
    }
    return m;
  }

  static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }
}
