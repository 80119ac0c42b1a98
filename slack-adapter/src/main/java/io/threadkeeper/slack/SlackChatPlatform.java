package io.threadkeeper.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Message;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.OutboundMessage;
import io.threadkeeper.core.port.SendOutcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends the bot's messages with Bolt's synchronous {@link MethodsClient} (which never retries by
 * itself, so the outbox dispatcher alone decides about retries and rate limits) and maps every
 * Slack answer to a {@link SendOutcome}. Each posted message carries the outbox id in its metadata
 * so that {@link #findSent} can recognise it in the channel's history.
 *
 * <p>Thread-safe: the methods client is.
 */
public final class SlackChatPlatform implements ChatPlatform {
  static final String METADATA_EVENT_TYPE = "threadkeeper_outbox";
  static final String OUTBOX_ID = "outbox_id";
  // Recent enough for a send that timed out a few minutes ago.
  private static final int HISTORY_LIMIT = 100;

  static final String NOT_INSTALLED = "not_installed";

  private final SlackClients clients;
  private final BlockKitRenderer renderer;
  private final SlackErrors errors = new SlackErrors();

  public SlackChatPlatform(MethodsClient methods, BlockKitRenderer renderer) {
    this(SlackClients.single(methods), renderer);
  }

  SlackChatPlatform(SlackClients clients, BlockKitRenderer renderer) {
    this.clients = clients;
    this.renderer = renderer;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public SendOutcome send(OutboundMessage message) {
    Optional<MethodsClient> client = clients.forWorkspace(message.workspace());
    if (client.isEmpty()) {
      // The app was removed from the workspace; the purge drops its remaining rows.
      return new SendOutcome.PermanentFailure(NOT_INSTALLED);
    }
    MethodsClient methods = client.get();
    try {
      return switch (message.delivery()) {
        case CHANNEL, THREAD_REPLY -> post(methods, message, message.channel().value());
        case EPHEMERAL -> postEphemeral(methods, message);
        case DIRECT_MESSAGE -> {
          ConversationsOpenResponse open = openDirect(methods, message);
          yield open.isOk()
              ? post(methods, message, open.getChannel().getId())
              : errors.refused(open.getError());
        }
      };
    } catch (SlackApiException e) {
      return errors.ofHttp(e, message.rateLimitKey());
    } catch (InterruptedIOException e) {
      return new SendOutcome.TransientFailure("timeout");
    } catch (IOException e) {
      return new SendOutcome.TransientFailure("io_" + e.getClass().getSimpleName());
    }
  }

  @Override
  public Optional<String> findSent(OutboundMessage message) {
    Optional<MethodsClient> client = clients.forWorkspace(message.workspace());
    if (client.isEmpty()) {
      return Optional.empty();
    }
    MethodsClient methods = client.get();
    try {
      return switch (message.delivery()) {
        case EPHEMERAL -> Optional.empty();
        case CHANNEL -> findIn(history(methods, message.channel().value()), message.outboxId());
        case THREAD_REPLY -> findIn(replies(methods, message), message.outboxId());
        case DIRECT_MESSAGE -> {
          ConversationsOpenResponse open = checked(openDirect(methods, message));
          yield findIn(history(methods, open.getChannel().getId()), message.outboxId());
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Slack could not be asked for sent messages", e);
    } catch (SlackApiException e) {
      throw new IllegalStateException("Slack refused the lookup: HTTP " + e.getResponse().code());
    }
  }

  private SendOutcome post(MethodsClient methods, OutboundMessage message, String channel)
      throws IOException, SlackApiException {
    Message.Metadata metadata =
        Message.Metadata.builder()
            .eventType(METADATA_EVENT_TYPE)
            .eventPayload(Map.of(OUTBOX_ID, message.outboxId()))
            .build();
    var response =
        methods.chatPostMessage(
            r ->
                r.channel(channel)
                    .threadTs(message.threadRoot() == null ? null : message.threadRoot().value())
                    .text(renderer.fallbackText(message.body()))
                    .blocks(renderer.blocks(message.body()))
                    .metadata(metadata)
                    .unfurlLinks(false)
                    .unfurlMedia(false));
    return response.isOk() ? new SendOutcome.Sent(response.getTs()) : errors.refused(response);
  }

  private SendOutcome postEphemeral(MethodsClient methods, OutboundMessage message)
      throws IOException, SlackApiException {
    var response =
        methods.chatPostEphemeral(
            r ->
                r.channel(message.channel().value())
                    .user(message.recipient().value())
                    .threadTs(message.threadRoot() == null ? null : message.threadRoot().value())
                    .text(renderer.fallbackText(message.body()))
                    .blocks(renderer.blocks(message.body())));
    return response.isOk()
        ? new SendOutcome.Sent(response.getMessageTs())
        : errors.refused(response);
  }

  private static ConversationsOpenResponse openDirect(
      MethodsClient methods, OutboundMessage message) throws IOException, SlackApiException {
    return methods.conversationsOpen(r -> r.users(List.of(message.recipient().value())));
  }

  private static List<Message> history(MethodsClient methods, String channel)
      throws IOException, SlackApiException {
    return checked(
            methods.conversationsHistory(
                r -> r.channel(channel).limit(HISTORY_LIMIT).includeAllMetadata(true)))
        .getMessages();
  }

  private static List<Message> replies(MethodsClient methods, OutboundMessage message)
      throws IOException, SlackApiException {
    return checked(
            methods.conversationsReplies(
                r ->
                    r.channel(message.channel().value())
                        .ts(message.threadRoot().value())
                        .limit(HISTORY_LIMIT)
                        .includeAllMetadata(true)))
        .getMessages();
  }

  private static Optional<String> findIn(List<Message> messages, long outboxId) {
    if (messages == null) {
      return Optional.empty();
    }
    return messages.stream()
        .filter(m -> carries(m.getMetadata(), outboxId))
        .map(Message::getTs)
        .findFirst();
  }

  private static boolean carries(Message.Metadata metadata, long outboxId) {
    if (metadata == null
        || !METADATA_EVENT_TYPE.equals(metadata.getEventType())
        || metadata.getEventPayload() == null) {
      return false;
    }
    Object id = metadata.getEventPayload().get(OUTBOX_ID);
    // Gson reads JSON numbers as doubles; a string id would come from another client.
    return (id instanceof Number number && number.longValue() == outboxId)
        || (id instanceof String text && text.equals(Long.toString(outboxId)));
  }

  private static <R extends SlackApiTextResponse> R checked(R response) {
    if (!response.isOk()) {
      throw new IllegalStateException("Slack refused the lookup: " + response.getError());
    }
    return response;
  }
}
