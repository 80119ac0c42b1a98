package io.threadkeeper.discord.fake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guild the fake serves: its text channels and forum channels by id and name, an owner and a
 * moderator role.
 */
public record FakeGuild(
    long id,
    String name,
    long ownerId,
    long moderatorRoleId,
    Map<Long, String> channels,
    Map<Long, String> forums) {
  public FakeGuild {
    channels = new LinkedHashMap<>(channels);
    forums = new LinkedHashMap<>(forums);
  }

  public static FakeGuild of(long id, String... channelNames) {
    Map<Long, String> channels = new LinkedHashMap<>();
    for (String name : channelNames) {
      channels.put(Snowflakes.next(), name);
    }
    return new FakeGuild(
        id, "guild-" + id, Snowflakes.next(), Snowflakes.next(), channels, Map.of());
  }

  /** This guild with a forum channel named {@code forumName} as well. */
  public FakeGuild withForum(String forumName) {
    Map<Long, String> more = new LinkedHashMap<>(forums);
    more.put(Snowflakes.next(), forumName);
    return new FakeGuild(id, name, ownerId, moderatorRoleId, channels, more);
  }

  public long channel(String channelName) {
    return idOf(channels, channelName);
  }

  public long forum(String forumName) {
    return idOf(forums, forumName);
  }

  private static long idOf(Map<Long, String> named, String name) {
    return named.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .findFirst()
        .orElseThrow()
        .getKey();
  }
}
