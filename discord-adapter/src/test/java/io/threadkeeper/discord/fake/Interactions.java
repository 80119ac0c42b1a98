package io.threadkeeper.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** INTERACTION_CREATE payloads for {@code /async}, with the objects JDA needs to place them. */
public final class Interactions {
  private Interactions() {}

  /** {@code data} for {@code /async [group] sub option=value…}; option values are strings. */
  public static ObjectNode command(String group, String sub, String... optionPairs) {
    ObjectNode data = Payloads.JSON.createObjectNode();
    data.put("id", Long.toString(Snowflakes.next())).put("name", "async").put("type", 1);
    ObjectNode subcommand = Payloads.JSON.createObjectNode().put("type", 1).put("name", sub);
    ArrayNode options = subcommand.putArray("options");
    for (int i = 0; i + 1 < optionPairs.length; i += 2) {
      options
          .addObject()
          .put("type", 3)
          .put("name", optionPairs[i])
          .put("value", optionPairs[i + 1]);
    }
    if (group == null) {
      data.putArray("options").add(subcommand);
    } else {
      ObjectNode groupNode = Payloads.JSON.createObjectNode().put("type", 2).put("name", group);
      groupNode.putArray("options").add(subcommand);
      data.putArray("options").add(groupNode);
    }
    return data;
  }

  static ObjectNode slash(
      FakeDiscord discord,
      FakeGuild guild,
      long channel,
      long memberId,
      boolean moderator,
      ObjectNode data) {
    return interaction(discord, guild, channel, memberId, moderator, 2, data);
  }

  /** A modal submission (type 5): one label per field, each holding a text input's value. */
  static ObjectNode modalSubmit(
      FakeDiscord discord,
      FakeGuild guild,
      long channel,
      long memberId,
      String modalId,
      Map<String, String> values) {
    ObjectNode data = Payloads.JSON.createObjectNode().put("custom_id", modalId);
    ArrayNode components = data.putArray("components");
    values.forEach(
        (field, value) -> {
          ObjectNode label = components.addObject().put("type", 18).put("id", components.size());
          label
              .putObject("component")
              .put("type", 4)
              .put("id", components.size() + 100)
              .put("custom_id", field)
              .put("value", value);
        });
    return interaction(discord, guild, channel, memberId, false, 5, data);
  }

  private static ObjectNode interaction(
      FakeDiscord discord,
      FakeGuild guild,
      long channel,
      long memberId,
      boolean moderator,
      int type,
      ObjectNode data) {
    ObjectNode d = Payloads.JSON.createObjectNode();
    d.put("id", Long.toString(Snowflakes.next()))
        .put("application_id", Long.toString(discord.applicationId))
        .put("type", type)
        .put("token", "interaction-token-" + Snowflakes.next())
        .put("version", 1)
        .put("guild_id", Long.toString(guild.id()))
        .put("channel_id", Long.toString(channel))
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("app_permissions", Long.toString(Payloads.EVERYONE_PERMISSIONS))
        .put("context", 0);
    d.set("data", data);
    d.putObject("guild")
        .put("id", Long.toString(guild.id()))
        .put("locale", "en-US")
        .putArray("features");
    ObjectNode channelNode =
        Payloads.textChannel(channel, guild.id(), guild.channels().get(channel));
    channelNode.put("permissions", Long.toString(Payloads.EVERYONE_PERMISSIONS));
    d.set("channel", channelNode);
    long permissions = Payloads.EVERYONE_PERMISSIONS | (moderator ? Payloads.MANAGE_SERVER : 0);
    ObjectNode member =
        moderator
            ? Payloads.member(discord.member(memberId), guild.moderatorRoleId())
            : Payloads.member(discord.member(memberId));
    member.put("permissions", Long.toString(permissions));
    d.set("member", member);
    d.putObject("authorizing_integration_owners").put("0", Long.toString(guild.id()));
    d.putArray("entitlements");
    return d;
  }
}
