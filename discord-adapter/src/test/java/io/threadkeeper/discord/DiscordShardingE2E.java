package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.discord.fake.FakeDiscord;
import io.threadkeeper.discord.fake.FakeGuild;
import io.threadkeeper.discord.fake.Snowflakes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes, one shard each, one database: every guild's events are handled by one node. */
class DiscordShardingE2E {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  /** The shared inbox, remembering which node handed it each message. */
  private record Node(Inbox inbox, List<String> messages) implements Inbox {
    @Override
    public boolean accept(ChatEvent event) {
      if (event instanceof MessagePosted posted) {
        messages.add(posted.message().value());
      }
      return inbox.accept(event);
    }
  }

  @Test
  void eachGuildsEventsAreHandledByExactlyOneOfTwoShardNodes() throws Exception {
    FakeGuild first = FakeGuild.of(Snowflakes.guildForShard(0, 2), "general");
    FakeGuild second = FakeGuild.of(Snowflakes.guildForShard(1, 2), "general");
    TestPipeline pipeline = new TestPipeline(postgres.jdbi());
    Node zero = new Node(pipeline.inbox(), new CopyOnWriteArrayList<>());
    Node one = new Node(pipeline.inbox(), new CopyOnWriteArrayList<>());
    try (FakeDiscord discord = new FakeDiscord(2, first, second);
        DiscordConnection nodeZero = connect(discord, zero, 0);
        DiscordConnection nodeOne = connect(discord, one, 1)) {
      String inFirst =
          discord
              .postMessage(first, first.channel("general"), discord.member(Snowflakes.next()), "Hi")
              .get("id")
              .asText();
      String inSecond =
          discord
              .postMessage(
                  second, second.channel("general"), discord.member(Snowflakes.next()), "Hello")
              .get("id")
              .asText();

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  pipeline.inboxCount("message_posted", inFirst) == 1
                      && pipeline.inboxCount("message_posted", inSecond) == 1);
      assertThat(zero.messages()).containsExactly(inFirst);
      assertThat(one.messages()).containsExactly(inSecond);
      assertThat(nodeZero.isConnected()).isTrue();
      assertThat(nodeOne.isConnected()).isTrue();
    }
  }

  private static DiscordConnection connect(FakeDiscord discord, Inbox inbox, int shard) {
    DiscordSettings settings =
        DiscordSettings.of("fake-token")
            .withApiUrl(discord.apiUrl())
            .withShards(List.of(shard), 2)
            .withMessageContent(true);
    DiscordConnection connection =
        new DiscordConnection(settings, inbox, new FakeDesk(), Clock.systemUTC());
    connection.start();
    return connection;
  }
}
