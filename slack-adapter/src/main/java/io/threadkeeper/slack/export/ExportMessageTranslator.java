package io.threadkeeper.slack.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportSink;
import io.threadkeeper.slack.message.JsonFields;
import io.threadkeeper.slack.message.MessageAuthor;
import io.threadkeeper.slack.message.SlackMessageFields;
import io.threadkeeper.slack.message.SlackTimestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one message object of a day file into the events a live Slack delivery would have produced.
 * Keys are derived from channel and {@code ts}, so a second import of the same export lands on the
 * same keys. Not thread-safe (it counts what it skips).
 */
final class ExportMessageTranslator {
  private final WorkspaceRef workspace;
  private final Set<String> botUsers;
  private long skipped;

  ExportMessageTranslator(WorkspaceRef workspace, Set<String> botUsers) {
    this.workspace = workspace;
    this.botUsers = Set.copyOf(botUsers);
  }

  void translate(ObjectNode message, ChannelId channel, JsonArrayReader from, ExportSink sink)
      throws ExportFormatException {
    Optional<String> ts = JsonFields.text(message, "ts");
    if (ts.isEmpty()) {
      skipped++;
      return;
    }
    SlackTimestamp timestamp = timestamp(ts.get(), from);
    Instant at = timestamp.instant();
    MessageKey key = new MessageKey(timestamp.value());
    if ("tombstone".equals(SlackMessageFields.subtype(message))) {
      // The root was deleted while its replies stay: tell the core to drop what it derived.
      sink.accept(
          new MessageDeleted(
              workspace,
              EventKey.derived("message_deleted", channel.value(), ts.get()),
              at,
              channel,
              key));
      return;
    }
    sink.accept(posted(message, channel, key, at, from));
    emitReactions(message, channel, key, at, sink);
  }

  /** How many objects had no {@code ts} and were left out. */
  long skipped() {
    return skipped;
  }

  private MessagePosted posted(
      ObjectNode message, ChannelId channel, MessageKey key, Instant at, JsonArrayReader from)
      throws ExportFormatException {
    MessageKey threadRoot = null;
    Optional<String> threadTs = JsonFields.text(message, "thread_ts");
    if (threadTs.isPresent()) {
      threadRoot = new MessageKey(timestamp(threadTs.get(), from).value());
    }
    MessageAuthor author = MessageAuthor.of(message, botUsers);
    boolean broadcast = SlackMessageFields.isBroadcast(message);
    String text = SlackMessageFields.redactedText(message);
    EventKey eventKey = EventKey.derived("message_posted", channel.value(), key.value());
    return new MessagePosted(
        workspace,
        eventKey,
        at,
        channel,
        key,
        threadRoot,
        author.member(),
        author.kind(),
        text,
        broadcast,
        SlackMessageFields.fileCount(message));
  }

  private void emitReactions(
      JsonNode message, ChannelId channel, MessageKey key, Instant at, ExportSink sink) {
    for (JsonNode reaction : message.path("reactions")) {
      Optional<String> name = JsonFields.text(reaction, "name");
      if (name.isEmpty()) {
        continue;
      }
      for (JsonNode user : reaction.path("users")) {
        if (user.isTextual() && !user.asText().isBlank()) {
          sink.accept(reaction(channel, key, at, name.get(), user.asText()));
        }
      }
    }
  }

  private ReactionAdded reaction(
      ChannelId channel, MessageKey key, Instant at, String name, String user) {
    EventKey eventKey =
        EventKey.derived("reaction_added", channel.value(), key.value(), name, user);
    // Exports do not say when a reaction was added; the message's own time is the earliest.
    return new ReactionAdded(workspace, eventKey, at, channel, key, new MemberId(user), name);
  }

  private static SlackTimestamp timestamp(String value, JsonArrayReader from)
      throws ExportFormatException {
    try {
      return new SlackTimestamp(value);
    } catch (IllegalArgumentException e) {
      throw from.problemInObject(e.getMessage());
    }
  }
}
