package io.threadkeeper.core.outbox;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import java.time.Instant;
import java.util.Objects;

/**
 * A message to be sent, as the code that decided it writes it into the outbox.
 *
 * @param notBefore the earliest instant to send it (e.g. the start of the recipient's working
 *     hours); "now" for at once
 * @param shadowed true to record the message without ever sending it (a channel in shadow mode)
 * @param purpose why it is sent, for messages the norms decided; {@code null} otherwise
 */
public record OutboxEntry(
    WorkspaceRef workspace,
    Delivery delivery,
    ChannelId channel,
    MessageKey threadRoot,
    MemberId recipient,
    MessageBody body,
    String correlationId,
    Instant notBefore,
    boolean shadowed,
    Purpose purpose) {
  public OutboxEntry {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(notBefore, "notBefore");
    delivery.requireAddress(channel, threadRoot, recipient);
  }

  public static OutboxEntry toChannel(
      WorkspaceRef workspace, ChannelId channel, MessageBody body, Instant notBefore) {
    return new OutboxEntry(
        workspace, Delivery.CHANNEL, channel, null, null, body, null, notBefore, false, null);
  }

  public OutboxEntry withCorrelationId(String correlationId) {
    return new OutboxEntry(
        workspace,
        delivery,
        channel,
        threadRoot,
        recipient,
        body,
        correlationId,
        notBefore,
        shadowed,
        purpose);
  }

  public OutboxEntry asShadow() {
    return new OutboxEntry(
        workspace,
        delivery,
        channel,
        threadRoot,
        recipient,
        body,
        correlationId,
        notBefore,
        true,
        purpose);
  }
}
