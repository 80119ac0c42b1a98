package io.threadkeeper.discord;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.EchoedSends;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.SendOutcome;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Sends the outbox's messages through JDA. Every message carries its outbox id as nonce with {@code
 * enforce_nonce}, so Discord itself drops a repeat within a few minutes; mentions ping users only,
 * never {@code @everyone} or roles. JDA waits out a per-route 429 and retries by itself, so a rate
 * limit ends as a late {@link SendOutcome.Sent}. Discord has no ephemeral messages outside
 * interactions: those go to the member's DMs, or are skipped, as the settings say. Thread-safe.
 */
public final class DiscordChatPlatform implements ChatPlatform {
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(25);

  private final Supplier<ShardManager> shards;
  private final DiscordSettings.NudgeDelivery nudgeDelivery;
  private final SentNonces sentNonces;
  private final EchoedSends echoedSends;
  private final boolean reportHtml;
  private final AtomicLong skippedEphemerals = new AtomicLong();

  DiscordChatPlatform(
      Supplier<ShardManager> shards,
      DiscordSettings.NudgeDelivery nudgeDelivery,
      SentNonces sentNonces,
      EchoedSends echoedSends,
      boolean reportHtml) {
    this.shards = shards;
    this.reportHtml = reportHtml;
    this.nudgeDelivery = nudgeDelivery;
    this.sentNonces = sentNonces;
    this.echoedSends = echoedSends;
  }

  @Override
  public Platform platform() {
    return Platform.DISCORD;
  }

  /** How many private nudges were left out because the settings say SKIP. */
  public long skippedEphemerals() {
    return skippedEphemerals.get();
  }

  @Override
  public SendOutcome send(OutboundMessage message) {
    ShardManager manager = shards.get();
    if (manager == null) {
      return new SendOutcome.TransientFailure("not_connected");
    }
    MessageBody body = message.body();
    try {
      return switch (message.delivery()) {
        case CHANNEL -> inChannel(manager, message);
        case THREAD_REPLY -> inThread(manager, message, EmbedRenderer.render(body));
        case EPHEMERAL -> privately(manager, message, EmbedRenderer.render(body, reportHtml));
        case DIRECT_MESSAGE -> direct(manager, message, EmbedRenderer.render(body, reportHtml));
      };
    } catch (InsufficientPermissionException e) {
      return new SendOutcome.PermanentFailure("missing_permission_" + e.getPermission().name());
    } catch (RuntimeException e) {
      return SendFailures.outcomeOf(e);
    }
  }

  /**
   * JDA does not check Attach Files before sending, and Discord refuses the whole message without
   * it: where the bot may not attach files, the report goes as its embed alone.
   */
  private SendOutcome inChannel(ShardManager manager, OutboundMessage message) {
    return channel(manager, message)
        .map(
            channel -> {
              boolean attach =
                  reportHtml
                      && channel
                          .getGuild()
                          .getSelfMember()
                          .hasPermission(channel, Permission.MESSAGE_ATTACH_FILES);
              MessageCreateData data = EmbedRenderer.render(message.body(), attach);
              return await(tagged(channel.sendMessage(data), message));
            })
        .orElseGet(() -> missingChannel(manager));
  }

  /** In a thread channel the reply goes into it; in a text channel it references the root. */
  private SendOutcome inThread(
      ShardManager manager, OutboundMessage message, MessageCreateData data) {
    return channel(manager, message)
        .map(
            channel -> {
              MessageCreateAction action = tagged(channel.sendMessage(data), message);
              if (!(channel instanceof ThreadChannel)) {
                action =
                    action
                        .setMessageReference(message.threadRoot().value())
                        .failOnInvalidReply(false);
              }
              return await(action);
            })
        .orElseGet(() -> missingChannel(manager));
  }

  private SendOutcome privately(
      ShardManager manager, OutboundMessage message, MessageCreateData data) {
    if (nudgeDelivery == DiscordSettings.NudgeDelivery.SKIP) {
      skippedEphemerals.incrementAndGet();
      return new SendOutcome.PermanentFailure("ephemeral_skipped_by_settings");
    }
    return direct(manager, message, data);
  }

  private SendOutcome direct(
      ShardManager manager, OutboundMessage message, MessageCreateData data) {
    JDA shard = shardOf(manager, message);
    RestAction<Message> send =
        shard
            .openPrivateChannelById(message.recipient().value())
            .flatMap(dm -> tagged(dm.sendMessage(data), message));
    return await(send);
  }

  private static JDA shardOf(ShardManager manager, OutboundMessage message) {
    Guild guild = manager.getGuildById(message.workspace().externalId());
    return guild != null ? guild.getJDA() : manager.getShards().get(0);
  }

  private static Optional<GuildMessageChannel> channel(
      ShardManager manager, OutboundMessage message) {
    return Optional.ofNullable(
        manager.getChannelById(GuildMessageChannel.class, message.channel().value()));
  }

  /** Unknown while a shard is still connecting may be a gap in the cache; once up, it is gone. */
  private static SendOutcome missingChannel(ShardManager manager) {
    boolean allConnected =
        manager.getStatuses().values().stream().allMatch(status -> status == JDA.Status.CONNECTED);
    return allConnected
        ? new SendOutcome.PermanentFailure("unknown_channel")
        : new SendOutcome.TransientFailure("not_connected");
  }

  private static MessageCreateAction tagged(MessageCreateAction action, OutboundMessage message) {
    return action
        .setNonce(Long.toString(message.outboxId()))
        .setAllowedMentions(EnumSet.of(MentionType.USER));
  }

  private SendOutcome await(RestAction<Message> action) {
    Future<Message> future = action.submit();
    try {
      Message sent = future.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      sentNonces.saw(sent.getNonce(), sent.getId());
      return new SendOutcome.Sent(sent.getId());
    } catch (ExecutionException e) {
      return SendFailures.outcomeOf(e.getCause());
    } catch (TimeoutException e) {
      future.cancel(true);
      return new SendOutcome.TransientFailure("timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendOutcome.TransientFailure("interrupted");
    }
  }

  /**
   * Looks the nonce up among the bot's own messages that the gateway echoed, to this node or, kept
   * through {@link EchoedSends}, to any node. Discord gives a message's nonce only in its create
   * event, never in history, so a send whose echo nobody saw cannot be found; returning empty then
   * is safe within Discord's nonce window (a resend with the same nonce and {@code enforce_nonce}
   * returns the original message).
   */
  @Override
  public Optional<String> findSent(OutboundMessage message) {
    return sentNonces
        .messageFor(Long.toString(message.outboxId()))
        .or(() -> echoedSends.find(message.outboxId()));
  }
}
