package io.threadkeeper.core.store;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.OutboundMessage;
import java.util.Locale;

/** A due outbox row as claimed, before it is decoded into an {@link OutboundMessage}. */
record OutboxRow(
    long id,
    String platform,
    String externalId,
    String kind,
    String channelKey,
    String threadRootKey,
    String recipientKey,
    String payload,
    String correlationId,
    int attempts) {

  /**
   * Decodes the row.
   *
   * @throws IllegalArgumentException when the row is malformed (unknown kind, missing address)
   */
  OutboundMessage toMessage(MessageBodyJson json) {
    return new OutboundMessage(
        id,
        new WorkspaceRef(Platform.fromKey(platform), externalId),
        Delivery.valueOf(kind.toUpperCase(Locale.ROOT)),
        channelKey == null ? null : new ChannelId(channelKey),
        threadRootKey == null ? null : new MessageKey(threadRootKey),
        recipientKey == null ? null : new MemberId(recipientKey),
        json.decode(payload),
        correlationId);
  }

  static String kindOf(Delivery delivery) {
    return delivery.name().toLowerCase(Locale.ROOT);
  }
}
