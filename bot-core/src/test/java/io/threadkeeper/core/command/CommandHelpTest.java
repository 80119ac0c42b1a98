package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CommandHelpTest {
  private final AsyncCommandParser parser = new AsyncCommandParser();

  @Test
  void overviewHasOneLineWithAnExamplePerCommandAndModeratorsLast() {
    String help = CommandHelp.overview();

    for (Subcommand subcommand : Subcommand.values()) {
      assertThat(help).containsOnlyOnce("/async " + subcommand.form() + " — ");
      assertThat(help).contains("e.g. /async " + subcommand.example());
    }
    assertThat(help.indexOf("Moderators only:")).isLessThan(help.indexOf("/async config"));
    assertThat(help.indexOf("Moderators only:")).isGreaterThan(help.indexOf("/async snooze"));
  }

  @Test
  void everyExampleInTheHelpParsesToItsOwnCommand() {
    for (Subcommand subcommand : Subcommand.values()) {
      String example = subcommand.example().replace("@Sam", "<@U0SAM>");
      ParseOutcome outcome = parser.parse(example);

      assertThat(outcome).as(example).isInstanceOf(ParseOutcome.Parsed.class);
      assertThat(((ParseOutcome.Parsed) outcome).command().subcommand()).isEqualTo(subcommand);
    }
    for (ConfigKey key : ConfigKey.values()) {
      assertThat(parser.parse(key.example()))
          .as(key.example())
          .isInstanceOf(ParseOutcome.Parsed.class);
    }
  }

  @Test
  void configHelpExplainsEverySettingAndTheMeaningOfADay() {
    String help = CommandHelp.about(Subcommand.CONFIG);

    Arrays.stream(ConfigKey.values())
        .forEach(key -> assertThat(help).contains("/async " + key.form() + " — "));
    assertThat(help).contains("1d = 8 working hours").contains("1d = 24 hours");
  }

  @Test
  void helpIsPlatformNeutral() {
    String help = CommandHelp.overview() + CommandHelp.about(Subcommand.CONFIG);

    assertThat(help).doesNotContain("Slack", "Discord", "*", "`", "<@", "@everyone", "@here");
  }

  @Test
  void usageShowsTheFormAndAnExample() {
    assertThat(Subcommand.SNOOZE.usage())
        .isEqualTo(
            "Usage: /async snooze <duration> [reason] — e.g. /async snooze 2d waiting for the venue");
  }
}
