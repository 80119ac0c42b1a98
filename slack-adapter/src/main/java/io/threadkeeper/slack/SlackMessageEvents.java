package io.threadkeeper.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.slack.SlackEventTranslator.Delivery;
import io.threadkeeper.slack.message.BotIdentity;
import io.threadkeeper.slack.message.JsonFields;
import io.threadkeeper.slack.message.MessageAuthor;
import io.threadkeeper.slack.message.SlackMessageFields;
import io.threadkeeper.slack.message.SlackTimestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The live {@code message} event and its subtypes, read with the same rules as an export (author
 * kinds, broadcasts, file links). Thread-safe (stateless).
 */
final class SlackMessageEvents {
  // Subtypes that report on another message rather than post one.
  private static final Set<String> NOT_A_POST = Set.of("message_replied", "tombstone");

  Optional<ChatEvent> translate(Delivery delivery, JsonNode event, BotIdentity self) {
    Optional<ChannelId> channel = JsonFields.text(event, "channel").map(ChannelId::new);
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    String subtype = SlackMessageFields.subtype(event);
    return switch (subtype) {
      case "message_changed" -> edited(delivery, event, channel.get());
      case "message_deleted" -> deleted(delivery, event, channel.get());
      default ->
          NOT_A_POST.contains(subtype)
              ? Optional.empty()
              : posted(delivery, event, channel.get(), self);
    };
  }

  private static Optional<ChatEvent> posted(
      Delivery delivery, JsonNode event, ChannelId channel, BotIdentity self) {
    Optional<String> ts = timestamp(event, "ts");
    if (ts.isEmpty()) {
      return Optional.empty();
    }
    MessageAuthor author = MessageAuthor.of(event, Set.of(), self);
    EventKey key = delivery.key("message_posted", channel.value(), ts.get());
    return Optional.of(
        new MessagePosted(
            delivery.workspace(),
            key,
            new SlackTimestamp(ts.get()).instant(),
            channel,
            new MessageKey(ts.get()),
            timestamp(event, "thread_ts").map(MessageKey::new).orElse(null),
            author.member(),
            author.kind(),
            SlackMessageFields.redactedText(event),
            SlackMessageFields.isBroadcast(event),
            SlackMessageFields.fileCount(event)));
  }

  private static Optional<ChatEvent> edited(Delivery delivery, JsonNode event, ChannelId channel) {
    JsonNode message = event.path("message");
    Optional<String> ts = timestamp(message, "ts");
    // Slack also sends message_changed for unfurls and reply counts; only "edited" marks an edit.
    if (ts.isEmpty() || !message.path("edited").isObject()) {
      return Optional.empty();
    }
    Instant at = instant(message.path("edited"), "ts").orElse(delivery.occurredAt());
    EventKey key =
        delivery.key(
            "message_edited", channel.value(), ts.get(), Long.toString(at.getEpochSecond()));
    return Optional.of(
        new MessageEdited(
            delivery.workspace(),
            key,
            at,
            channel,
            new MessageKey(ts.get()),
            timestamp(message, "thread_ts").map(MessageKey::new).orElse(null),
            JsonFields.text(message.path("edited"), "user")
                .or(() -> JsonFields.text(message, "user"))
                .map(MemberId::new)
                .orElse(null),
            SlackMessageFields.redactedText(message)));
  }

  private static Optional<ChatEvent> deleted(Delivery delivery, JsonNode event, ChannelId channel) {
    // deleted_ts names the message, which may be weeks old; the event's own ts is the deletion.
    Optional<String> deletedTs =
        timestamp(event, "deleted_ts").or(() -> timestamp(event.path("previous_message"), "ts"));
    if (deletedTs.isEmpty()) {
      return Optional.empty();
    }
    Instant at =
        instant(event, "event_ts").or(() -> instant(event, "ts")).orElse(delivery.occurredAt());
    EventKey key = delivery.key("message_deleted", channel.value(), deletedTs.get());
    return Optional.of(
        new MessageDeleted(
            delivery.workspace(), key, at, channel, new MessageKey(deletedTs.get())));
  }

  /** A field holding a well-formed Slack timestamp. */
  static Optional<String> timestamp(JsonNode node, String field) {
    return JsonFields.text(node, field).filter(SlackMessageEvents::isTimestamp);
  }

  static Optional<Instant> instant(JsonNode node, String field) {
    return timestamp(node, field).map(ts -> new SlackTimestamp(ts).instant());
  }

  private static boolean isTimestamp(String value) {
    try {
      new SlackTimestamp(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
