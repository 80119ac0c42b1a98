package io.threadkeeper.discord.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportSink;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one exported message into the events a live Discord delivery would have produced, with the
 * live adapter's keys ({@code message_posted:<message id>}), so that a message exported twice, or
 * seen live and exported, is one message. Remembers the ids it has emitted (ids only, for the whole
 * read) to emit each once. Not thread-safe; one per read.
 */
final class ExportMessageTranslator {
  // Messages people write; every other kind (joins, pins, calls, thread notices) is the platform's.
  private static final Set<String> CONVERSATION_KINDS =
      Set.of("Default", "Reply", "ApplicationCommand", "ContextMenuCommand", "0", "19", "20", "23");

  private final WorkspaceRef workspace;
  private final Set<String> emitted = new HashSet<>();
  private final Set<MemberId> profiled = new HashSet<>();
  private long duplicates;
  private long reactionsWithoutUsers;

  ExportMessageTranslator(WorkspaceRef workspace) {
    this.workspace = workspace;
  }

  /** Emits the message, its author's profile when first seen, and its reactions. */
  void translate(ObjectNode message, Placement placement, DceJsonFile from, ExportSink sink)
      throws ExportFormatException {
    String id =
        DceJsonFile.text(message, "id")
            .orElseThrow(() -> from.problemInMessage("a message without an \"id\""));
    if (!emitted.add(id)) {
      duplicates++;
      return;
    }
    Instant at = timestamp(message, from);
    Optional<DceAuthor> author = DceAuthor.of(message);
    if (author.isPresent() && profiled.add(author.get().id())) {
      sink.accept(author.get().profile(workspace, at));
    }
    boolean conversation = CONVERSATION_KINDS.contains(message.path("type").asText("Default"));
    AuthorKind kind =
        conversation ? author.map(DceAuthor::kind).orElse(AuthorKind.HUMAN) : AuthorKind.SYSTEM;
    Optional<String> answers = conversation ? answers(message, placement) : Optional.empty();
    Placement.Place place = placement.place(id, answers);
    sink.accept(
        new MessagePosted(
            workspace,
            EventKey.derived("message_posted", id),
            at,
            place.channel(),
            new MessageKey(id),
            new MessageKey(place.root()),
            author.map(DceAuthor::id).orElse(null),
            kind,
            AttachmentLinks.redact(message.path("content").asText("")),
            false,
            message.path("attachments").size()));
    emitReactions(message, place.channel(), id, at, sink);
  }

  long duplicates() {
    return duplicates;
  }

  long reactionsWithoutUsers() {
    return reactionsWithoutUsers;
  }

  /** The message this one replies to in the same channel; a cross-channel reference is no reply. */
  private static Optional<String> answers(JsonNode message, Placement placement) {
    JsonNode reference = message.path("reference");
    Optional<String> channel = DceJsonFile.text(reference, "channelId");
    if (channel.isPresent() && !channel.get().equals(placement.fileChannel())) {
      return Optional.empty();
    }
    return DceJsonFile.text(reference, "messageId");
  }

  private void emitReactions(
      JsonNode message, ChannelId channel, String id, Instant at, ExportSink sink) {
    for (JsonNode reaction : message.path("reactions")) {
      Optional<String> emoji = DceJsonFile.text(reaction.path("emoji"), "name");
      JsonNode users = reaction.path("users");
      if (emoji.isEmpty() || users.isEmpty()) {
        reactionsWithoutUsers += Math.max(1, reaction.path("count").asLong(1));
        continue;
      }
      for (JsonNode user : users) {
        Optional<String> member = DceJsonFile.text(user, "id");
        if (member.isPresent()) {
          // Exports do not say when a reaction was added; the message's own time is the earliest.
          sink.accept(reaction(channel, id, at, member.get(), emoji.get()));
        }
      }
    }
  }

  private ReactionAdded reaction(
      ChannelId channel, String id, Instant at, String member, String emoji) {
    return new ReactionAdded(
        workspace,
        EventKey.derived("reaction_added", id, member, emoji),
        at,
        channel,
        new MessageKey(id),
        new MemberId(member),
        emoji);
  }

  private static Instant timestamp(JsonNode message, DceJsonFile from)
      throws ExportFormatException {
    String value =
        DceJsonFile.text(message, "timestamp")
            .orElseThrow(() -> from.problemInMessage("a message without a \"timestamp\""));
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw from.problemInMessage(
          "\"timestamp\" " + value + " is not an ISO date-time with an offset");
    }
  }
}
