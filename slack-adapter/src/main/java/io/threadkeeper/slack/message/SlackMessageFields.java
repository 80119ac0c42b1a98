package io.threadkeeper.slack.message;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * What a Slack message object says beyond its author, read the same way from an export day file and
 * from a live {@code message} event. Thread-safe (stateless).
 */
public final class SlackMessageFields {
  private static final Set<String> BROADCAST_SUBTYPES =
      Set.of("thread_broadcast", "reply_broadcast");

  private SlackMessageFields() {}

  public static String subtype(JsonNode message) {
    return JsonFields.text(message, "subtype").orElse("");
  }

  /** A thread reply also shown in the channel. */
  public static boolean isBroadcast(JsonNode message) {
    return BROADCAST_SUBTYPES.contains(subtype(message));
  }

  /** The text with links to uploaded files removed; empty when there is none. */
  public static String redactedText(JsonNode message) {
    return FileLinkRedaction.apply(JsonFields.text(message, "text").orElse(""));
  }

  public static int fileCount(JsonNode message) {
    JsonNode files = message.get("files");
    if (files != null && files.isArray()) {
      return files.size();
    }
    // Messages from before 2019 carry a single "file" object on file_share messages.
    JsonNode file = message.get("file");
    return file != null && file.isObject() ? 1 : 0;
  }

  /** Whether a {@code users.json} entry or a live user object is a bot or an app. */
  public static boolean isBotUser(JsonNode user) {
    return JsonFields.flag(user, "is_bot")
        || JsonFields.flag(user, "is_app_user")
        || JsonFields.text(user.path("profile"), "bot_id").isPresent();
  }
}
