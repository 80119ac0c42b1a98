package io.threadkeeper.core.command;

import java.util.List;
import java.util.StringJoiner;

/** The platform-neutral help text for {@code /async}: one line per command, with an example. */
public final class CommandHelp {
  private CommandHelp() {}

  /** Every command, members' first, then moderators', one line each. */
  public static String overview() {
    StringJoiner text = new StringJoiner("\n");
    text.add("Threadkeeper keeps threads moving without anyone having to be online at once.");
    for (Subcommand subcommand : Subcommand.values()) {
      if (!subcommand.moderatorOnly()) {
        text.add(line(subcommand));
      }
    }
    text.add("Moderators only:");
    for (Subcommand subcommand : Subcommand.values()) {
      if (subcommand.moderatorOnly()) {
        text.add(line(subcommand));
      }
    }
    return text.toString();
  }

  /** The form, purpose and example of one command; for config, one line per setting. */
  public static String about(Subcommand subcommand) {
    StringJoiner text = new StringJoiner("\n");
    text.add(line(subcommand));
    if (subcommand == Subcommand.CONFIG) {
      for (ConfigKey key : ConfigKey.values()) {
        text.add("  /async " + key.form() + " — " + key.purpose() + exampleOf(key));
      }
    }
    if (subcommand == Subcommand.SNOOZE || subcommand == Subcommand.CONFIG) {
      text.add("  Durations: 30m, 2h, 1d, 1w, 1h30m or ISO-8601 such as PT2H.");
    }
    return text.toString();
  }

  /** The Discord option names of a subcommand, in order; the slash-command definition uses them. */
  public static List<String> discordOptions(Subcommand subcommand) {
    return OptionArguments.optionNames(subcommand);
  }

  private static String line(Subcommand subcommand) {
    return "/async "
        + subcommand.form()
        + " — "
        + subcommand.purpose()
        + ". e.g. /async "
        + subcommand.example();
  }

  private static String exampleOf(ConfigKey key) {
    return key == ConfigKey.SHOW ? "" : ". e.g. /async " + key.example();
  }
}
