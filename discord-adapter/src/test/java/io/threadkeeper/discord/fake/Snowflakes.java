package io.threadkeeper.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since 2015 in the top bits, so ids sort by time. Thread-safe. */
public final class Snowflakes {
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;
  private static final AtomicLong counter = new AtomicLong();

  private Snowflakes() {}

  public static long next() {
    return at(Instant.now());
  }

  public static long at(Instant instant) {
    return ((instant.toEpochMilli() - DISCORD_EPOCH) << 22) | (counter.incrementAndGet() & 0xFFF);
  }

  /** A guild id that Discord routes to {@code shard} of {@code total}: (id >> 22) % total. */
  public static long guildForShard(int shard, int total) {
    long id = next();
    while (((id >> 22) % total) != shard) {
      id += 1L << 22;
    }
    return id;
  }
}
