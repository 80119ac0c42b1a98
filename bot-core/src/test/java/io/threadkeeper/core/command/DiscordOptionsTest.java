package io.threadkeeper.core.command;

import static io.threadkeeper.core.command.AsyncCommandParserTest.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.command.AsyncCommand.Assign;
import io.threadkeeper.core.command.AsyncCommand.AuditLog;
import io.threadkeeper.core.command.AsyncCommand.Config;
import io.threadkeeper.core.command.AsyncCommand.ForgetMe;
import io.threadkeeper.core.command.AsyncCommand.Help;
import io.threadkeeper.core.command.AsyncCommand.Owner;
import io.threadkeeper.core.command.AsyncCommand.Report;
import io.threadkeeper.core.command.AsyncCommand.Snooze;
import io.threadkeeper.core.command.AsyncCommand.Summary;
import io.threadkeeper.core.command.ChannelSetting.QuietHours;
import io.threadkeeper.core.command.ChannelSetting.ReplyWindow;
import io.threadkeeper.core.command.ChannelSetting.Urgent;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Discord slash subcommands with options read into the same commands as Slack text. */
class DiscordOptionsTest {
  private final AsyncCommandParser parser = new AsyncCommandParser();

  @Test
  void optionsReadIntoTheSameCommandsAsText() {
    assertSame(
        "snooze",
        Map.of("duration", "2d", "reason", "waiting for the venue"),
        "snooze 2d \"waiting for the venue\"");
    assertSame("hours", Map.of("hours", "Mon-Fri 09:00-17:00"), "hours Mon-Fri 09:00-17:00");
    assertSame("config reply-window", Map.of("value", "2d"), "config reply-window 2d");
    assertSame("config quiet-hours", Map.of("value", "off"), "config quiet-hours off");
    assertSame("report", Map.of("week", "2026-W47"), "report 2026-W47");
    assertSame("timezone", Map.of("zone", "auto"), "timezone auto");
    assertSame("ask", Map.of("due", "2026-11-20"), "ask 2026-11-20");
    assertSame("help", Map.of("topic", "config"), "help config");
  }

  @Test
  void userOptionsCarryTheBareIdWhichBecomesTheMember() {
    assertThat(parse("owner", Map.of("member", "123456789012345678")))
        .isEqualTo(new Owner(member("123456789012345678")));
    assertThat(parse("assign", Map.of("member", "<@!223456789012345678>")))
        .isEqualTo(new Assign(member("223456789012345678")));
  }

  @Test
  void reasonsAndHoursWithSpacesAndQuotesStayOneValue() {
    assertThat(parse("snooze", Map.of("duration", "1h30m", "reason", "  \"venue\" call  ")))
        .isEqualTo(new Snooze(Duration.ofMinutes(90), Optional.of("\"venue\" call")));
    assertThat(parse("config quiet-hours", Map.of("value", "Mon-Fri 08:00-12:00")))
        .isEqualTo(
            new Config(
                Optional.of(
                    new QuietHours(Optional.of(WorkingHours.parse("Mon-Fri 08:00-12:00"))))));
    assertThat(parse("summary", Map.of("text", "Decision: yes")))
        .isEqualTo(new Summary(Optional.of("Decision: yes")));
  }

  @Test
  void booleanConfirmOptionConfirmsOnlyWhenTrue() {
    assertThat(parse("forget-me", Map.of("confirm", "true"))).isEqualTo(new ForgetMe(true));
    assertThat(parse("forget-me", Map.of("confirm", "false"))).isEqualTo(new ForgetMe(false));
    assertThat(parse("forget-me", Map.of())).isEqualTo(new ForgetMe(false));
  }

  @Test
  void subcommandGroupAndNamesIgnoreCaseAndBooleanValuesReadAsOnOff() {
    assertThat(parse("Config  Urgent", Map.of("VALUE", "true")))
        .isEqualTo(new Config(Optional.of(new Urgent(true))));
    assertThat(parse("config show", Map.of())).isEqualTo(Config.SHOW);
    assertThat(parse("config reply-window", Map.of("value", "1d")))
        .isEqualTo(new Config(Optional.of(new ReplyWindow(Duration.ofHours(8)))));
    assertThat(parse("audit-log", Map.of("limit", "20")))
        .isEqualTo(new AuditLog(OptionalInt.of(20)));
    assertThat(parse("report", Map.of())).isEqualTo(new Report(Optional.empty()));
    assertThat(parse("help", Map.of())).isEqualTo(Help.ALL);
  }

  @Test
  void blankOptionValuesCountAsAbsent() {
    assertThat(parse("snooze", Map.of("duration", "2h", "reason", "   ")))
        .isEqualTo(new Snooze(Duration.ofHours(2), Optional.empty()));
  }

  @Test
  void rejectsUnknownSubcommandsAndOptionsAndGapsWithTheSubcommandsUsage() {
    assertRejected("snoze", Map.of(), "Did you mean snooze?", CommandGrammar.generalUsage());
    assertRejected(" ", Map.of(), "Choose a subcommand.", CommandGrammar.generalUsage());
    assertRejected(
        "snooze", Map.of("length", "2h"), "has no option \"length\"", Subcommand.SNOOZE.usage());
    assertRejected(
        "snooze",
        Map.of("reason", "venue"),
        "option duration is missing",
        Subcommand.SNOOZE.usage());
    assertRejected("owner", Map.of("member", "ana"), "not a mention", Subcommand.OWNER.usage());
    assertRejected(
        "config urgent", Map.of("value", "maybe"), "neither on nor off", ConfigKey.URGENT.usage());
    assertRejected(
        "snooze", Map.of("duration", "45d"), "at most 30 days", Subcommand.SNOOZE.usage());
  }

  @Test
  void rejectsOptionValuesOverTheLimitAsTooLong() {
    String reason = "y".repeat(AsyncCommandParser.MAX_ARGUMENT_LENGTH);

    assertRejected(
        "snooze",
        Map.of("duration", "2h", "reason", reason),
        "too long",
        CommandGrammar.generalUsage());
  }

  @Test
  void toleratesNullMapsKeysAndValues() {
    Map<String, String> options = new HashMap<>();
    options.put(null, "x");
    options.put("reason", null);
    options.put("duration", "2h");

    assertThat(parser.parseOptions("snooze", null)).isInstanceOf(ParseOutcome.Rejected.class);
    assertThat(parse("snooze", options))
        .isEqualTo(new Snooze(Duration.ofHours(2), Optional.empty()));
    assertThat(parser.parseOptions(null, Map.of())).isInstanceOf(ParseOutcome.Rejected.class);
  }

  @Test
  void everySubcommandPublishesItsOptionNamesForTheSlashCommandDefinition() {
    assertThat(CommandHelp.discordOptions(Subcommand.SNOOZE)).containsExactly("duration", "reason");
    assertThat(CommandHelp.discordOptions(Subcommand.OWNER)).containsExactly("member");
    assertThat(CommandHelp.discordOptions(Subcommand.RESOLVE)).isEmpty();
    for (Subcommand subcommand : Subcommand.values()) {
      assertThat(CommandHelp.discordOptions(subcommand)).doesNotContainNull();
    }
  }

  private void assertSame(String subcommand, Map<String, String> options, String text) {
    assertThat(parser.parseOptions(subcommand, options)).isEqualTo(parser.parse(text));
    assertThat(parser.parse(text)).isInstanceOf(ParseOutcome.Parsed.class);
  }

  private AsyncCommand parse(String subcommand, Map<String, String> options) {
    ParseOutcome outcome = parser.parseOptions(subcommand, options);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).command();
  }

  private void assertRejected(
      String subcommand, Map<String, String> options, String problem, String usage) {
    ParseOutcome outcome = parser.parseOptions(subcommand, options);
    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
    assertThat(rejected.problem()).contains(problem);
    assertThat(rejected.usage()).isEqualTo(usage);
  }
}
