package io.threadkeeper.core.store;

import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.MessageBody;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Posts a submitted {@code ask} form as the bot's channel message and remembers its owner and due
 * time by outbox row ({@code pending_ask}): the message's key is only known once it was sent, and
 * the thread is planned with them when the bot's root comes back. Thread-safe (stateless apart from
 * the outbox).
 */
final class AskSubmission {
  static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
  private final Outbox outbox;

  AskSubmission(Outbox outbox) {
    this.outbox = outbox;
  }

  String submit(Invocation call, AskRequest ask) {
    ZoneId zone = ZoneId.of(call.commands().zoneOf(call.workspaceId(), call.memberId()));
    // A date without a time means the end of the standard working day in the asker's zone.
    Instant dueAt = ask.due().atTime(END_OF_DAY).atZone(zone).toInstant();
    MessageBody body =
        new MessageBody(
            "Request from <@" + call.member().value() + ">",
            "*Background*\n"
                + ThreadCommands.defang(ask.background())
                + "\n*Decision needed*\n"
                + ThreadCommands.defang(ask.decision()),
            List.of(),
            List.of(
                new MessageBody.Field("Owner", "<@" + ask.owner().value() + ">"),
                new MessageBody.Field(
                    "Due", MemberCommands.due(dueAt, zone) + " (" + zone.getId() + ")")));
    long outboxId =
        outbox.enqueue(
            call.handle(),
            OutboxEntry.toChannel(call.workspace(), call.channel(), body, call.at())
                .withCorrelationId(call.key()));
    long ownerId = call.directory().memberId(call.workspaceId(), ask.owner().value());
    call.commands()
        .insertPendingAsk(
            outboxId,
            call.workspaceId(),
            call.channelId(),
            ownerId,
            call.memberId(),
            dueAt,
            call.at());
    return "Your request is posted; <@"
        + ask.owner().value()
        + "> owns it, "
        + MemberCommands.due(dueAt, zone)
        + ".";
  }
}
