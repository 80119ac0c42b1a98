package io.threadkeeper.discord.fake;

import java.util.LinkedHashMap;
import java.util.Map;

/** A guild the fake serves: its text channels by id and name, an owner and a moderator role. */
public record FakeGuild(
    long id, String name, long ownerId, long moderatorRoleId, Map<Long, String> channels) {
  public FakeGuild {
    channels = new LinkedHashMap<>(channels);
  }

  public static FakeGuild of(long id, String... channelNames) {
    Map<Long, String> channels = new LinkedHashMap<>();
    for (String name : channelNames) {
      channels.put(Snowflakes.next(), name);
    }
    return new FakeGuild(id, "guild-" + id, Snowflakes.next(), Snowflakes.next(), channels);
  }

  public long channel(String channelName) {
    return channels.entrySet().stream()
        .filter(e -> e.getValue().equals(channelName))
        .findFirst()
        .orElseThrow()
        .getKey();
  }
}
