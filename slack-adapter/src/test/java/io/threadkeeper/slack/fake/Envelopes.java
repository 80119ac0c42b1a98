package io.threadkeeper.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Builders of what Slack sends: event callbacks and Socket Mode envelopes. */
public final class Envelopes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Envelopes() {}

  /** A Slack timestamp for now plus {@code micros}, unique enough within a test. */
  public static String tsNow(int micros) {
    return Instant.now().getEpochSecond() + String.format(".%06d", micros);
  }

  /** An {@code event_callback} carrying {@code event}. */
  public static ObjectNode callback(String eventId, ObjectNode event) {
    ObjectNode callback = JSON.createObjectNode();
    callback.put("token", "legacy-unused").put("team_id", FakeWebApi.TEAM);
    callback.put("api_app_id", "A0TK1").put("type", "event_callback");
    callback.put("event_id", eventId).put("event_time", Instant.now().getEpochSecond());
    callback
        .putArray("authorizations")
        .addObject()
        .put("team_id", FakeWebApi.TEAM)
        .put("user_id", FakeWebApi.BOT_USER)
        .put("is_bot", true);
    callback.set("event", event);
    return callback;
  }

  public static ObjectNode message(String channel, String user, String ts, String text) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "message").put("channel", channel).put("channel_type", "channel");
    event.put("user", user).put("text", text).put("ts", ts).put("event_ts", ts);
    return event;
  }

  public static ObjectNode botMessage(String channel, String ts, String text) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "message").put("subtype", "bot_message").put("channel", channel);
    event.put("bot_id", "B0CI").put("username", "ci").put("text", text).put("ts", ts);
    return event.put("event_ts", ts);
  }

  public static ObjectNode deleted(String channel, String deletedTs, String nowTs) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "message").put("subtype", "message_deleted").put("channel", channel);
    event.put("hidden", true).put("deleted_ts", deletedTs).put("ts", nowTs);
    event.put("event_ts", nowTs);
    event
        .putObject("previous_message")
        .put("type", "message")
        .put("user", "U0ANA")
        .put("ts", deletedTs)
        .put("text", "an old message");
    return event;
  }

  public static ObjectNode renamed(String channel, String name) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "channel_rename").put("event_ts", tsNow(0));
    event.putObject("channel").put("id", channel).put("name", name).put("is_channel", true);
    return event;
  }

  /** A {@code user_change}: the member's profile now says {@code timeZone}. */
  public static ObjectNode userChange(String user, String timeZone, long updatedEpochSecond) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "user_change").put("event_ts", updatedEpochSecond + ".000100");
    ObjectNode member = event.putObject("user");
    member.put("id", user).put("team_id", FakeWebApi.TEAM).put("name", user.toLowerCase());
    member.put("deleted", false).put("tz", timeZone).put("tz_offset", 0).put("is_bot", false);
    member.put("is_app_user", false).put("updated", updatedEpochSecond);
    member.putObject("profile").put("real_name", "").put("display_name", "").put("bot_id", "");
    return event;
  }

  /** An {@code app_home_opened} for the Home tab, as Slack sends it once the tab was published. */
  public static ObjectNode homeOpened(String user) {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "app_home_opened").put("user", user).put("channel", "D0HOME");
    event.put("tab", "home").put("event_ts", tsNow(0));
    event.putObject("view").put("id", "V0HOME").put("type", "home").put("team_id", FakeWebApi.TEAM);
    return event;
  }

  /** A Socket Mode {@code events_api} envelope; {@code retryAttempt} 0 means a first delivery. */
  public static ObjectNode eventsApi(String envelopeId, ObjectNode callback, int retryAttempt) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId).put("type", "events_api");
    envelope.put("accepts_response_payload", false);
    envelope.set("payload", callback);
    if (retryAttempt > 0) {
      envelope.put("retry_attempt", retryAttempt).put("retry_reason", "timeout");
    }
    return envelope;
  }

  /** A Socket Mode {@code slash_commands} envelope for {@code /async text}. */
  public static ObjectNode slashCommand(String envelopeId, String user, String text) {
    ObjectNode payload = JSON.createObjectNode();
    payload.put("token", "legacy-unused").put("team_id", FakeWebApi.TEAM);
    payload.put("team_domain", "northwind").put("channel_id", "C0PLAN");
    payload.put("channel_name", "planning").put("user_id", user).put("user_name", "ana");
    payload.put("command", "/async").put("text", text).put("api_app_id", "A0TK1");
    payload.put("response_url", "http://127.0.0.1:9/unused");
    payload.put("trigger_id", "1337." + envelopeId);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("envelope_id", envelopeId).put("type", "slash_commands");
    envelope.put("accepts_response_payload", true);
    envelope.set("payload", payload);
    return envelope;
  }
}
