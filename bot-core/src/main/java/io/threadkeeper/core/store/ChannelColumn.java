package io.threadkeeper.core.store;

import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.command.ConfigKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where each {@code /async config} setting lives in the {@code channel} table, and its value as
 * PostgreSQL reads it. The column names here are the only text ever spliced into SQL.
 */
enum ChannelColumn {
  REPLY_WINDOW(ConfigKey.REPLY_WINDOW, "reply_window", "interval"),
  URGENT(ConfigKey.URGENT, "urgent", "boolean"),
  SUMMARY_REPLIES(ConfigKey.SUMMARY_REPLIES, "summary_reply_threshold", "integer"),
  SUMMARY_PARTICIPANTS(ConfigKey.SUMMARY_PARTICIPANTS, "summary_participant_threshold", "integer"),
  SUMMARY_AGE(ConfigKey.SUMMARY_AGE, "summary_age_threshold", "interval"),
  QUIET_HOURS(ConfigKey.QUIET_HOURS, "quiet_hours", "text"),
  NUDGES(ConfigKey.NUDGES, "nudges_enabled", "boolean"),
  SHADOW(ConfigKey.SHADOW, "shadow_mode", "boolean");

  private final ConfigKey key;
  private final String column;
  private final String type;

  ChannelColumn(ConfigKey key, String column, String type) {
    this.key = key;
    this.column = column;
    this.type = type;
  }

  static ChannelColumn of(ConfigKey key) {
    return Arrays.stream(values())
        .filter(c -> c.key == key)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(key + " is not a channel column"));
  }

  ConfigKey key() {
    return key;
  }

  String column() {
    return column;
  }

  String type() {
    return type;
  }

  /** The setting's new value as SQL text (ISO-8601 for intervals); empty for "off" (null). */
  static Optional<String> valueOf(ChannelSetting setting) {
    if (setting instanceof ChannelSetting.ReplyWindow w) {
      return Optional.of(w.workingTime().toString());
    } else if (setting instanceof ChannelSetting.Urgent u) {
      return Optional.of(Boolean.toString(u.on()));
    } else if (setting instanceof ChannelSetting.SummaryReplies r) {
      return Optional.of(Integer.toString(r.replies()));
    } else if (setting instanceof ChannelSetting.SummaryParticipants p) {
      return Optional.of(Integer.toString(p.participants()));
    } else if (setting instanceof ChannelSetting.SummaryAge a) {
      return Optional.of(a.age().toString());
    } else if (setting instanceof ChannelSetting.QuietHours q) {
      return q.hours().map(Object::toString);
    } else if (setting instanceof ChannelSetting.Nudges n) {
      return Optional.of(Boolean.toString(n.on()));
    } else if (setting instanceof ChannelSetting.Shadow s) {
      return Optional.of(Boolean.toString(s.on()));
    }
    throw new IllegalArgumentException("unknown setting " + setting.key());
  }
}
