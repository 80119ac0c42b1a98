package io.threadkeeper.core.outbox;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.norms.DigestEntry;
import io.threadkeeper.core.norms.DueSoonWarning;
import io.threadkeeper.core.norms.Effect;
import io.threadkeeper.core.norms.Envelope;
import io.threadkeeper.core.norms.PressureNudge;
import io.threadkeeper.core.norms.Recipient;
import io.threadkeeper.core.norms.StaleWarning;
import io.threadkeeper.core.port.Delivery;
import io.threadkeeper.core.port.MessageBody;
import java.time.ZoneId;

/**
 * Where each effect goes: a pressure nudge privately to its author, heads-ups and stale warnings as
 * direct messages to the owner, reminders, escalations and prompts in the thread itself, where
 * everyone involved sees them.
 */
public final class EffectDelivery {
  private EffectDelivery() {}

  /** The outbox entry for {@code effect}, its times written in the recipient's {@code zone}. */
  public static OutboxEntry entry(Effect effect, ZoneId zone, String correlationId) {
    Envelope envelope = effect.envelope();
    MemberId member = envelope.recipient() instanceof Recipient.Member m ? m.id() : null;
    MessageBody body = EffectMessages.draft(effect, zone);
    Delivery delivery = deliveryOf(effect, member, envelope.threadRoot());
    ChannelId channel = delivery == Delivery.DIRECT_MESSAGE ? null : envelope.channel();
    MessageKey root =
        delivery == Delivery.THREAD_REPLY || delivery == Delivery.EPHEMERAL
            ? envelope.threadRoot()
            : null;
    MemberId recipient =
        delivery == Delivery.EPHEMERAL || delivery == Delivery.DIRECT_MESSAGE ? member : null;
    return new OutboxEntry(
        envelope.workspace(),
        delivery,
        channel,
        root,
        recipient,
        addressed(body, delivery, member, envelope.channel()),
        correlationId,
        envelope.deliverAt(),
        envelope.shadow(),
        new Purpose(
            EffectMessages.kind(effect),
            envelope.explanation(),
            zone.getId(),
            envelope.channel(),
            envelope.threadRoot()));
  }

  private static Delivery deliveryOf(Effect effect, MemberId member, MessageKey root) {
    if (effect instanceof PressureNudge && member != null) {
      return Delivery.EPHEMERAL;
    }
    boolean personal =
        effect instanceof DueSoonWarning
            || effect instanceof StaleWarning
            || effect instanceof DigestEntry;
    if (personal && member != null) {
      return Delivery.DIRECT_MESSAGE;
    }
    return root == null ? Delivery.CHANNEL : Delivery.THREAD_REPLY;
  }

  /** Says whom a public message is for, and where a direct message is about. */
  private static MessageBody addressed(
      MessageBody body, Delivery delivery, MemberId member, ChannelId channel) {
    String text = body.text();
    if (delivery == Delivery.DIRECT_MESSAGE) {
      text = text + "\n(thread in <#" + channel.value() + ">)";
    } else if (delivery != Delivery.EPHEMERAL && member != null) {
      text = "<@" + member.value() + "> " + text;
    }
    return new MessageBody(body.title(), text, body.buttons(), body.fields());
  }
}
