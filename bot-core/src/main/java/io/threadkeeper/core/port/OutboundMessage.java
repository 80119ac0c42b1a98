package io.threadkeeper.core.port;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.util.Objects;

/**
 * One message the dispatcher asks a {@link ChatPlatform} to send: an outbox row, addressed.
 *
 * @param outboxId the outbox row; unique forever, so adapters use it as the idempotency key
 * @param workspace the workspace or server it goes to
 * @param delivery the kind of delivery, which decides which of the next three are present
 * @param channel the channel, or {@code null} for a direct message
 * @param threadRoot the root message of the thread to reply in, or {@code null}
 * @param recipient the member for an ephemeral or direct message, else {@code null}
 * @param body what it says
 * @param correlationId what caused it (an event key, a deadline), for logs; may be {@code null}
 */
public record OutboundMessage(
    long outboxId,
    WorkspaceRef workspace,
    Delivery delivery,
    ChannelId channel,
    MessageKey threadRoot,
    MemberId recipient,
    MessageBody body,
    String correlationId) {
  public OutboundMessage {
    if (outboxId <= 0) {
      throw new IllegalArgumentException("outboxId must be positive");
    }
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(body, "body");
    delivery.requireAddress(channel, threadRoot, recipient);
  }

  /**
   * The narrowest rate-limit scope this message falls in: {@code workspace/method/target}, e.g.
   * {@code slack:T1/post/C42}. Its prefixes at a {@code /} are the wider scopes ({@code
   * slack:T1/post}, {@code slack:T1}); see {@link SendOutcome.RateLimited#bucket()}.
   */
  public String rateLimitKey() {
    String target = channel != null ? channel.value() : recipient.value();
    return workspace.key() + "/" + delivery.method() + "/" + target;
  }
}
