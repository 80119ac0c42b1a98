package io.threadkeeper.discord;

import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.EchoedSends;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.port.ReadMarks;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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

  /** Answers later than this are deferred, leaving a second of Discord's 3 for the network. */
  static final Duration ANSWER_BUDGET = Duration.ofMillis(1_800);

  private static final Duration SAVE_MARKS_EVERY = Duration.ofSeconds(5);

  private final DiscordSettings settings;
  private final AtomicReference<ShardManager> shards = new AtomicReference<>();
  private final Startup startup = new Startup();
  private final DiscordListener listener;
  private final DiscordChatPlatform platform;
  private final AsyncInteractions interactions;
  private final Backfill backfill;
  private final ScheduledExecutorService markSaver =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "discord-read-marks");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * A connection that keeps nothing beyond its own memory: a restart backfills nothing, and a send
   * of another node is recognised only within Discord's nonce window.
   */
  public DiscordConnection(DiscordSettings settings, Inbox inbox, CommandDesk desk, Clock clock) {
    this(settings, inbox, desk, ReadMarks.none(), EchoedSends.none(), clock);
  }

  /**
   * @param readMarks where the newest message seen per channel is kept, so that a restarted node
   *     reads what was said while it was down
   * @param echoedSends where the gateway's echoes of the bot's own messages are kept, so that any
   *     node can tell a send that reached Discord
   */
  public DiscordConnection(
      DiscordSettings settings,
      Inbox inbox,
      CommandDesk desk,
      ReadMarks readMarks,
      EchoedSends echoedSends,
      Clock clock) {
    this.settings = settings;
    this.interactions = new AsyncInteractions(desk, settings.moderatorRoleId(), ANSWER_BUDGET);
    this.backfill = new Backfill(readMarks);
    SentNonces sentNonces = new SentNonces(echoedSends);
    this.platform =
        new DiscordChatPlatform(
            shards::get, settings.nudgeDelivery(), sentNonces, echoedSends, settings.reportHtml());
    this.listener =
        new DiscordListener(
            inbox,
            new JdaEvents(new DiscordEventTranslator(new ThreadRoots(REMEMBERED_ROOTS)), clock),
            interactions,
            new CommandRegistration(),
            backfill,
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
    markSaver.scheduleWithFixedDelay(
        backfill::save,
        SAVE_MARKS_EVERY.toMillis(),
        SAVE_MARKS_EVERY.toMillis(),
        TimeUnit.MILLISECONDS);
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

  /**
   * Stops the shards and waits briefly for JDA's threads; events already seen are in the inbox, and
   * where each channel was read up to is saved.
   */
  @Override
  public void close() {
    ShardManager manager = shards.getAndSet(null);
    try {
      if (manager != null) {
        stop(manager);
      }
    } finally {
      markSaver.shutdown();
      backfill.save();
      interactions.close();
    }
  }

  private static void stop(ShardManager manager) {
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
