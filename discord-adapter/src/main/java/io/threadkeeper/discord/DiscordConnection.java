package io.threadkeeper.discord;

import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.PlatformConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;

/**
 * The bot's connection to Discord through JDA: the shards this node runs, a listener that hands
 * events to the inbox and commands to the desk, and the {@link DiscordChatPlatform} the dispatcher
 * sends through. Several nodes split the shards between them and share one database; Discord sends
 * each guild's events to exactly one shard. Thread-safe.
 */
public final class DiscordConnection implements PlatformConnection {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final int REMEMBERED_ROOTS = 50_000;

  private final DiscordSettings settings;
  private final AtomicReference<ShardManager> shards = new AtomicReference<>();
  private final Startup startup = new Startup();
  private final DiscordListener listener;
  private final DiscordChatPlatform platform;

  public DiscordConnection(DiscordSettings settings, Inbox inbox, CommandDesk desk, Clock clock) {
    this.settings = settings;
    SentNonces sentNonces = new SentNonces();
    this.platform = new DiscordChatPlatform(shards::get, settings.nudgeDelivery(), sentNonces);
    this.listener =
        new DiscordListener(
            inbox,
            new JdaEvents(new DiscordEventTranslator(new ThreadRoots(REMEMBERED_ROOTS)), clock),
            new AsyncInteractions(desk, settings.moderatorRoleId()),
            new CommandRegistration(),
            new Backfill(),
            sentNonces,
            startup);
  }

  @Override
  public String name() {
    return "discord-gateway";
  }

  @Override
  public ChatPlatform chatPlatform() {
    return platform;
  }

  /** The intents the bot asks for: messages and reactions in guilds, and text only if allowed. */
  static EnumSet<GatewayIntent> intents(DiscordSettings settings) {
    EnumSet<GatewayIntent> intents =
        EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS);
    if (settings.messageContent()) {
      intents.add(GatewayIntent.MESSAGE_CONTENT);
    }
    return intents;
  }

  @Override
  public void start() {
    ShardManager manager;
    try {
      manager = builder().build();
    } catch (InvalidTokenException e) {
      throw new IllegalStateException(
          "Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal → Bot",
          e);
    }
    shards.set(manager);
    startup.expect(
        settings.shardIds().isEmpty() ? manager.getShardsTotal() : settings.shardIds().size());
    try {
      startup.await(START_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    } catch (IllegalStateException e) {
      close();
      throw e;
    }
  }

  private DefaultShardManagerBuilder builder() {
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(settings.token(), intents(settings))
            .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setChunkingFilter(ChunkingFilter.NONE)
            .setBulkDeleteSplittingEnabled(false)
            .setEnableShutdownHook(false)
            .addEventListeners(listener);
    settings
        .gateway()
        .ifPresent(
            url ->
                builder
                    .setSessionController(new FixedGateway(url, settings.shardTotal()))
                    .setCompression(Compression.NONE));
    if (settings.shardTotal() > 0) {
      builder.setShardsTotal(settings.shardTotal());
    }
    if (!settings.shardIds().isEmpty()) {
      builder.setShards(settings.shardIds());
    }
    return builder;
  }

  @Override
  public boolean isConnected() {
    ShardManager manager = shards.get();
    return manager != null
        && !manager.getShards().isEmpty()
        && manager.getShardsQueued() == 0
        && manager.getShards().stream().allMatch(s -> s.getStatus() == JDA.Status.CONNECTED);
  }

  /** Stops the shards and waits briefly for JDA's threads; events already seen are in the inbox. */
  @Override
  public void close() {
    ShardManager manager = shards.getAndSet(null);
    if (manager == null) {
      return;
    }
    manager.getShards().forEach(JDA::shutdown);
    manager.shutdown();
    for (JDA shard : manager.getShards()) {
      try {
        shard.awaitShutdown(STOP_TIMEOUT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
