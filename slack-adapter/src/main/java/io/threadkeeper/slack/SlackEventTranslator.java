package io.threadkeeper.slack;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.event.AccessRevoked;
import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberLeft;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.slack.message.BotIdentity;
import io.threadkeeper.slack.message.JsonFields;
import io.threadkeeper.slack.message.SlackMessageFields;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one Events API {@code event_callback} body into the {@link ChatEvent} it means, if any. The
 * key is Slack's {@code event_id}, which every retry of a delivery repeats, so the inbox stores
 * each event once; bodies without one get a key derived from what they say. Lenient: unknown fields
 * are ignored and missing or empty ones leave the event out rather than failing.
 *
 * <p>Thread-safe (stateless).
 */
public final class SlackEventTranslator {
  private static final Logger log = LoggerFactory.getLogger(SlackEventTranslator.class);

  /**
   * The bot events the app subscribes to, as the app manifest names them; {@code message.*} all
   * arrive as {@code message}.
   */
  public static final Set<String> SUBSCRIBED_EVENTS =
      Set.of(
          "message.channels",
          "message.groups",
          "reaction_added",
          "reaction_removed",
          "member_left_channel",
          "user_change",
          "team_join",
          "channel_rename",
          "channel_archive",
          "channel_unarchive",
          "app_uninstalled",
          "tokens_revoked",
          // answered by SlackHomeTab, not stored
          SlackHomeTab.EVENT);

  private final SlackMessageEvents messages = new SlackMessageEvents();

  /**
   * @param callback the whole {@code event_callback} body
   * @param self the bot's own ids, so that its own messages are marked as such
   */
  public Optional<ChatEvent> translate(JsonNode callback, BotIdentity self) {
    JsonNode event = callback.path("event");
    Optional<WorkspaceRef> workspace = workspaceOf(callback);
    String type = JsonFields.text(event, "type").orElse("");
    if (workspace.isEmpty() || !event.isObject()) {
      log.warn("Ignored a Slack event of type '{}' without a team or an event body", type);
      return Optional.empty();
    }
    Delivery delivery =
        new Delivery(workspace.get(), JsonFields.text(callback, "event_id"), occurredAt(callback));
    return switch (type) {
      case "message" -> messages.translate(delivery, event, self);
      case "reaction_added", "reaction_removed" -> reaction(delivery, event, type);
      case "member_left_channel" -> memberLeft(delivery, event);
      case "user_change", "team_join" -> profile(delivery, event.path("user"));
      case "channel_rename", "channel_archive", "channel_unarchive" -> channel(delivery, event);
      case "app_uninstalled" -> lostAccess(delivery, type);
      case "tokens_revoked" ->
          event.path("tokens").path("bot").isEmpty()
              // Only user tokens, which the app never asks for: the bot keeps its access.
              ? Optional.empty()
              : lostAccess(delivery, type);
      default -> Optional.empty();
    };
  }

  private static Optional<WorkspaceRef> workspaceOf(JsonNode callback) {
    return JsonFields.text(callback, "team_id")
        .or(() -> JsonFields.text(callback.path("authorizations").path(0), "team_id"))
        .or(() -> JsonFields.text(callback.path("event"), "team"))
        .map(team -> new WorkspaceRef(Platform.SLACK, team));
  }

  private static Instant occurredAt(JsonNode callback) {
    return JsonFields.epochSeconds(callback, "event_time")
        .or(() -> SlackMessageEvents.instant(callback.path("event"), "event_ts"))
        .orElse(Instant.EPOCH);
  }

  private static Optional<ChatEvent> reaction(Delivery delivery, JsonNode event, String type) {
    JsonNode item = event.path("item");
    Optional<String> channel = JsonFields.text(item, "channel");
    Optional<String> ts = JsonFields.text(item, "ts");
    Optional<String> user = JsonFields.text(event, "user");
    Optional<String> name = JsonFields.text(event, "reaction");
    // Reactions on files and file comments do not touch any thread.
    if (!"message".equals(JsonFields.text(item, "type").orElse("message"))
        || channel.isEmpty()
        || ts.isEmpty()
        || user.isEmpty()
        || name.isEmpty()) {
      return Optional.empty();
    }
    String eventTs = JsonFields.text(event, "event_ts").orElse("");
    EventKey key = delivery.key(type, channel.get(), ts.get(), name.get(), user.get(), eventTs);
    ChannelId channelId = new ChannelId(channel.get());
    MessageKey message = new MessageKey(ts.get());
    MemberId member = new MemberId(user.get());
    Instant at = SlackMessageEvents.instant(event, "event_ts").orElse(delivery.occurredAt());
    return Optional.of(
        "reaction_added".equals(type)
            ? new ReactionAdded(
                delivery.workspace(), key, at, channelId, message, member, name.get())
            : new ReactionRemoved(
                delivery.workspace(), key, at, channelId, message, member, name.get()));
  }

  private static Optional<ChatEvent> memberLeft(Delivery delivery, JsonNode event) {
    Optional<String> user = JsonFields.text(event, "user");
    Optional<String> channel = JsonFields.text(event, "channel");
    if (user.isEmpty() || channel.isEmpty()) {
      return Optional.empty();
    }
    EventKey key =
        delivery.key(
            "member_left",
            user.get(),
            channel.get(),
            JsonFields.text(event, "event_ts").orElse(""));
    return Optional.of(
        new MemberLeft(
            delivery.workspace(),
            key,
            delivery.occurredAt(),
            new MemberId(user.get()),
            new ChannelId(channel.get())));
  }

  private static Optional<ChatEvent> profile(Delivery delivery, JsonNode user) {
    Optional<String> id = JsonFields.text(user, "id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> updated = JsonFields.epochSeconds(user, "updated");
    EventKey key =
        delivery.key(
            "member_profile_changed",
            id.get(),
            updated.map(at -> Long.toString(at.getEpochSecond())).orElse("0"));
    return Optional.of(
        new MemberProfileChanged(
            delivery.workspace(),
            key,
            updated.orElse(delivery.occurredAt()),
            new MemberId(id.get()),
            JsonFields.text(user, "tz").orElse(null),
            SlackMessageFields.isBotUser(user),
            JsonFields.flag(user, "deleted")));
  }

  private static Optional<ChatEvent> channel(Delivery delivery, JsonNode event) {
    JsonNode channel = event.path("channel");
    // channel_rename carries an object with the new name; archive events only the id.
    Optional<String> id =
        channel.isObject() ? JsonFields.text(channel, "id") : JsonFields.text(event, "channel");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String type = JsonFields.text(event, "type").orElse("");
    String name = JsonFields.text(channel, "name").orElse(null);
    EventKey key =
        delivery.key(
            "channel_changed", id.get(), type, JsonFields.text(event, "event_ts").orElse(""));
    return Optional.of(
        new ChannelChanged(
            delivery.workspace(),
            key,
            delivery.occurredAt(),
            new ChannelId(id.get()),
            name,
            "channel_archive".equals(type)));
  }

  private static Optional<ChatEvent> lostAccess(Delivery delivery, String type) {
    EventKey key =
        delivery.key("access_revoked", type, Long.toString(delivery.occurredAt().getEpochSecond()));
    return Optional.of(new AccessRevoked(delivery.workspace(), key, delivery.occurredAt(), type));
  }

  /** What every event of one delivery shares. */
  record Delivery(WorkspaceRef workspace, Optional<String> eventId, Instant occurredAt) {
    /** Slack's event id when the delivery has one, else a key derived from {@code parts}. */
    EventKey key(String kind, String... parts) {
      return eventId.map(EventKey::platform).orElseGet(() -> EventKey.derived(kind, parts));
    }
  }
}
