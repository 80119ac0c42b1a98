package io.threadkeeper.core.command;

import io.threadkeeper.core.command.AsyncCommand.Config;
import io.threadkeeper.core.command.ChannelSetting.QuietHours;
import io.threadkeeper.core.command.ChannelSetting.ReplyWindow;
import io.threadkeeper.core.command.ChannelSetting.SummaryAge;
import io.threadkeeper.core.command.ChannelSetting.SummaryParticipants;
import io.threadkeeper.core.command.ChannelSetting.SummaryReplies;
import io.threadkeeper.core.command.DurationGrammar.Scale;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code config <setting> <value>}. Stateless and thread-safe. */
final class ConfigGrammar {
  private ConfigGrammar() {}

  static Config read(ArgumentTokens args) {
    Optional<String> name = args.nextIfAny();
    if (name.isEmpty()) {
      return Config.SHOW;
    }
    ConfigKey key =
        ConfigKey.named(name.get())
            .orElseThrow(() -> ArgumentProblem.of(Subcommand.CONFIG, unknownSetting(name.get())));
    if (key == ConfigKey.SHOW) {
      if (args.hasMore()) {
        throw ArgumentProblem.of(key, "config show takes nothing after it.");
      }
      return Config.SHOW;
    }
    ChannelSetting setting =
        key == ConfigKey.QUIET_HOURS ? quietHours(args) : single(key, value(key, args));
    if (args.hasMore()) {
      throw ArgumentProblem.of(key, key.settingName() + " takes one value.");
    }
    return new Config(Optional.of(setting));
  }

  private static ChannelSetting single(ConfigKey key, String value) {
    return switch (key) {
      case REPLY_WINDOW ->
          new ReplyWindow(
              duration(value, Scale.WORKING, ReplyWindow.SHORTEST, ReplyWindow.LONGEST, key));
      case URGENT -> new ChannelSetting.Urgent(onOff(value, key));
      case SUMMARY_REPLIES ->
          new SummaryReplies(count(value, SummaryReplies.FEWEST, SummaryReplies.MOST, key));
      case SUMMARY_PARTICIPANTS ->
          new SummaryParticipants(
              count(value, SummaryParticipants.FEWEST, SummaryParticipants.MOST, key));
      case SUMMARY_AGE ->
          new SummaryAge(
              duration(value, Scale.CALENDAR, SummaryAge.SHORTEST, SummaryAge.LONGEST, key));
      case NUDGES -> new ChannelSetting.Nudges(onOff(value, key));
      case SHADOW -> new ChannelSetting.Shadow(onOff(value, key));
      case QUIET_HOURS, SHOW -> throw new IllegalStateException(key + " has no single value");
    };
  }

  private static int count(String value, int least, int most, ConfigKey key) {
    return CommandGrammar.number(value, least, most, key.settingName(), key.usage());
  }

  private static String value(ConfigKey key, ArgumentTokens args) {
    return args.nextIfAny()
        .orElseThrow(() -> ArgumentProblem.of(key, "Give a value for " + key.settingName() + "."));
  }

  private static QuietHours quietHours(ArgumentTokens args) {
    Optional<String> text = args.rest();
    if (text.isPresent()
        && Arrays.asList("off", "none").contains(text.get().toLowerCase(Locale.ROOT))) {
      return QuietHours.OFF;
    }
    return new QuietHours(Optional.of(CommandGrammar.hours(text, ConfigKey.QUIET_HOURS.usage())));
  }

  private static Duration duration(
      String value, Scale scale, Duration least, Duration most, ConfigKey key) {
    Duration duration = DurationGrammar.read(value, scale, key.usage());
    String what = key == ConfigKey.REPLY_WINDOW ? "The reply window" : "The summary age";
    return DurationGrammar.within(duration, least, most, what, key.usage());
  }

  private static boolean onOff(String value, ConfigKey key) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> {
        return true;
      }
      case "off", "false", "no" -> {
        return false;
      }
      default ->
          throw ArgumentProblem.of(
              key,
              SafeText.quote(value)
                  + " is neither on nor off; "
                  + key.settingName()
                  + " takes on or off.");
    }
  }

  private static String unknownSetting(String word) {
    Optional<String> closest =
        ClosestName.among(
            word, Arrays.stream(ConfigKey.values()).map(ConfigKey::settingName).toList(), 3);
    return SafeText.quote(word)
        + " is not a channel setting."
        + closest.map(name -> " Did you mean " + name + "?").orElse("")
        + " Settings: "
        + ConfigKey.names()
        + ".";
  }
}
