package io.threadkeeper.discord;

import java.net.URI;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Points every shard at a configured gateway instead of the one {@code GET /gateway/bot} names: for
 * a proxy or a test double. Identifies shards one at a time, as the default does.
 */
final class FixedGateway extends SessionControllerAdapter {
  private final String url;
  private final int shardTotal;

  FixedGateway(URI url, int shardTotal) {
    this.url = url.toString();
    this.shardTotal = shardTotal;
  }

  @Override
  public String getGateway() {
    return url;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    return new ShardedGateway(url, Math.max(1, shardTotal), 1);
  }
}
