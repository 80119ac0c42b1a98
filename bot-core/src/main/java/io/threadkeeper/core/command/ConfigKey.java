package io.threadkeeper.core.command;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The channel settings a moderator reads or changes with {@code /async config}. */
public enum ConfigKey {
  REPLY_WINDOW(
      "reply-window",
      "<working time>",
      "2d",
      "how long a thread may wait for a reply, in working time (1d = 8 working hours, 1w = 5d)"),
  URGENT("urgent", "on|off", "on", "whether this channel is for urgent work (no pressure nudges)"),
  SUMMARY_REPLIES(
      "summary-replies", "<replies>", "20", "replies after which a summary is asked for"),
  SUMMARY_PARTICIPANTS(
      "summary-participants", "<people>", "6", "participants after which a summary is asked for"),
  SUMMARY_AGE(
      "summary-age",
      "<duration>",
      "3d",
      "days of activity after which a summary is asked for (calendar time, 1d = 24 hours)"),
  QUIET_HOURS(
      "quiet-hours",
      "\"<days> <HH:MM-HH:MM>\"|off",
      "\"Mon-Fri 09:00-17:00\"",
      "the channel's hours for reminders and prompts, or off to use each member's own"),
  NUDGES("nudges", "on|off", "off", "whether pressure nudges are sent in this channel"),
  SHADOW(
      "shadow",
      "on|off",
      "on",
      "shadow mode: rules run and are logged, but nobody is nudged or reminded"),
  SHOW("show", "", "", "show the current settings");

  private final String settingName;
  private final String valueForm;
  private final String exampleValue;
  private final String purpose;

  ConfigKey(String settingName, String valueForm, String exampleValue, String purpose) {
    this.settingName = settingName;
    this.valueForm = valueForm;
    this.exampleValue = exampleValue;
    this.purpose = purpose;
  }

  /** The name typed after {@code /async config}, such as {@code reply-window}. */
  public String settingName() {
    return settingName;
  }

  /** What the setting means, as a lower-case phrase. */
  public String purpose() {
    return purpose;
  }

  /** The form without the {@code /async} prefix, such as {@code config urgent on|off}. */
  public String form() {
    return ("config " + settingName + " " + valueForm).strip();
  }

  /** A complete example without the {@code /async} prefix. */
  public String example() {
    return ("config " + settingName + " " + exampleValue).strip();
  }

  /** The usage line shown with a problem about this setting. */
  public String usage() {
    return "Usage: /async " + form() + " — e.g. /async " + example() + " (" + purpose + ")";
  }

  /** Finds a setting by name ignoring case, hyphens and underscores. */
  public static Optional<ConfigKey> named(String name) {
    String wanted = Subcommand.normalise(name);
    return Arrays.stream(values())
        .filter(k -> Subcommand.normalise(k.settingName).equals(wanted))
        .findFirst();
  }

  /** All setting names, comma-separated, in help order. */
  public static String names() {
    return Arrays.stream(values()).map(ConfigKey::settingName).collect(Collectors.joining(", "));
  }
}
