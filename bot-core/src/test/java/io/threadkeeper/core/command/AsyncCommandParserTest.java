package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.threadkeeper.core.command.AsyncCommand.Ask;
import io.threadkeeper.core.command.AsyncCommand.Assign;
import io.threadkeeper.core.command.AsyncCommand.AuditLog;
import io.threadkeeper.core.command.AsyncCommand.Config;
import io.threadkeeper.core.command.AsyncCommand.ForgetMe;
import io.threadkeeper.core.command.AsyncCommand.Help;
import io.threadkeeper.core.command.AsyncCommand.Hours;
import io.threadkeeper.core.command.AsyncCommand.Mine;
import io.threadkeeper.core.command.AsyncCommand.Owner;
import io.threadkeeper.core.command.AsyncCommand.Report;
import io.threadkeeper.core.command.AsyncCommand.Resolve;
import io.threadkeeper.core.command.AsyncCommand.Snooze;
import io.threadkeeper.core.command.AsyncCommand.Summary;
import io.threadkeeper.core.command.AsyncCommand.TimeZone;
import io.threadkeeper.core.command.AsyncCommand.Why;
import io.threadkeeper.core.command.ChannelSetting.Nudges;
import io.threadkeeper.core.command.ChannelSetting.QuietHours;
import io.threadkeeper.core.command.ChannelSetting.ReplyWindow;
import io.threadkeeper.core.command.ChannelSetting.Shadow;
import io.threadkeeper.core.command.ChannelSetting.SummaryAge;
import io.threadkeeper.core.command.ChannelSetting.SummaryParticipants;
import io.threadkeeper.core.command.ChannelSetting.SummaryReplies;
import io.threadkeeper.core.command.ChannelSetting.Urgent;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form the text grammar accepts, read into the record it stands for. */
class AsyncCommandParserTest {
  private final AsyncCommandParser parser = new AsyncCommandParser();

  @ParameterizedTest(name = "/async {0}")
  @MethodSource("validInputs")
  void readsEveryValidFormIntoItsCommand(String input, AsyncCommand expected) {
    assertThat(parser.parse(input)).isEqualTo(new ParseOutcome.Parsed(expected));
  }

  static Stream<Arguments> validInputs() {
    return Stream.of(
            helpAndAsk(),
            ownership(),
            personal(),
            snoozes(),
            forgetMeAndReport(),
            config(),
            moderation())
        .flatMap(s -> s);
  }

  private static Stream<Arguments> helpAndAsk() {
    return Stream.of(
        arguments("", Help.ALL),
        arguments("   ", Help.ALL),
        arguments("help", Help.ALL),
        arguments("HELP", Help.ALL),
        arguments("help snooze", new Help(Optional.of(Subcommand.SNOOZE))),
        arguments("help Forget-Me", new Help(Optional.of(Subcommand.FORGET_ME))),
        arguments("help auditlog", new Help(Optional.of(Subcommand.AUDIT_LOG))),
        arguments("help /async config", new Help(Optional.of(Subcommand.CONFIG))),
        arguments("ask", new Ask(Optional.empty())),
        arguments("ask 2026-11-20", new Ask(Optional.of(LocalDate.of(2026, 11, 20)))),
        arguments("  Ask   2026-11-20  ", new Ask(Optional.of(LocalDate.of(2026, 11, 20)))));
  }

  private static Stream<Arguments> ownership() {
    return Stream.of(
        arguments("owner <@U123ABC>", new Owner(member("U123ABC"))),
        arguments("owner <@U123ABC|ana>", new Owner(member("U123ABC"))),
        arguments("owner <@W0AB12|Ana Lima>", new Owner(member("W0AB12"))),
        arguments("owner <@123456789012345678>", new Owner(member("123456789012345678"))),
        arguments("owner <@!123456789012345678>", new Owner(member("123456789012345678"))),
        arguments("OWNER\t<@U123ABC>\n", new Owner(member("U123ABC"))),
        arguments("resolve", new Resolve()),
        arguments("summary", new Summary(Optional.empty())),
        arguments(
            "summary Decision: book the hall; Sam signs",
            new Summary(Optional.of("Decision: book the hall; Sam signs"))),
        arguments("summary \"TL;DR  keep it\"", new Summary(Optional.of("TL;DR  keep it"))),
        arguments(
            "summary Decision: yes\nNext:  Sam books  \"the\" hall\n",
            new Summary(Optional.of("Decision: yes\nNext:  Sam books  \"the\" hall"))));
  }

  private static Stream<Arguments> personal() {
    return Stream.of(
        arguments("mine", new Mine()),
        arguments("why", new Why()),
        arguments("timezone auto", TimeZone.AUTO),
        arguments("timezone AUTO", TimeZone.AUTO),
        arguments("timezone Europe/Berlin", zone(ZoneId.of("Europe/Berlin"))),
        arguments("timezone america/new_york", zone(ZoneId.of("America/New_York"))),
        arguments("timezone UTC+2", zone(ZoneOffset.ofHours(2))),
        arguments("timezone +05:30", zone(ZoneOffset.ofHoursMinutes(5, 30))),
        arguments("timezone utc", zone(ZoneId.of("UTC"))),
        arguments("timezone pst", zone(ZoneId.of("America/Los_Angeles"))),
        arguments("hours \"Mon-Fri 09:00-17:00\"", new Hours(WorkingHours.DEFAULT)),
        arguments("hours Mon-Fri 09:00-17:00", new Hours(WorkingHours.DEFAULT)),
        arguments("hours “Mon-Fri 09:00-17:00”", new Hours(WorkingHours.DEFAULT)),
        arguments(
            "hours \"Mon,Wed 08:00-12:00; Sat 10:00-14:00\"",
            new Hours(WorkingHours.parse("Mon,Wed 08:00-12:00; Sat 10:00-14:00"))));
  }

  private static Stream<Arguments> snoozes() {
    return Stream.of(
        arguments("snooze 30m", snooze(Duration.ofMinutes(30), null)),
        arguments("snooze 2h", snooze(Duration.ofHours(2), null)),
        arguments("snooze 1d", snooze(Duration.ofDays(1), null)),
        arguments("snooze 3d", snooze(Duration.ofDays(3), null)),
        arguments("snooze 1w", snooze(Duration.ofDays(7), null)),
        arguments("snooze 1h30m", snooze(Duration.ofMinutes(90), null)),
        arguments("snooze 1w2d", snooze(Duration.ofDays(9), null)),
        arguments("snooze 1M", snooze(Duration.ofMinutes(1), null)),
        arguments("snooze 30d", snooze(Duration.ofDays(30), null)),
        arguments("snooze PT2H", snooze(Duration.ofHours(2), null)),
        arguments("snooze pt90m", snooze(Duration.ofMinutes(90), null)),
        arguments("snooze P1D", snooze(Duration.ofDays(1), null)),
        arguments(
            "snooze 2d waiting for the venue", snooze(Duration.ofDays(2), "waiting for the venue")),
        arguments(
            "snooze 2d \"waiting  for the venue\"",
            snooze(Duration.ofDays(2), "waiting  for the venue")),
        arguments("Snooze   2D   on leave ", snooze(Duration.ofDays(2), "on leave")),
        arguments("snooze 2d “venue”", snooze(Duration.ofDays(2), "venue")));
  }

  private static Stream<Arguments> forgetMeAndReport() {
    return Stream.of(
        arguments("forget-me", new ForgetMe(false)),
        arguments("forget-me confirm", new ForgetMe(true)),
        arguments("forgetme CONFIRM", new ForgetMe(true)),
        arguments("report", new Report(Optional.empty())),
        arguments("report 2026-W47", new Report(Optional.of(new IsoWeek(2026, 47)))),
        arguments("report 2026w01", new Report(Optional.of(new IsoWeek(2026, 1)))),
        arguments("report 2026-W53", new Report(Optional.of(new IsoWeek(2026, 53)))));
  }

  private static Stream<Arguments> config() {
    return Stream.of(
        arguments("config", Config.SHOW),
        arguments("config show", Config.SHOW),
        arguments("config reply-window 2d", setting(new ReplyWindow(Duration.ofHours(16)))),
        arguments("config reply-window 1d", setting(new ReplyWindow(Duration.ofHours(8)))),
        arguments("config reply-window 1w", setting(new ReplyWindow(Duration.ofHours(40)))),
        arguments("config reply-window 8h", setting(new ReplyWindow(Duration.ofHours(8)))),
        arguments("config reply-window 90m", setting(new ReplyWindow(Duration.ofMinutes(90)))),
        arguments("config reply-window PT24H", setting(new ReplyWindow(Duration.ofHours(24)))),
        arguments("config Reply_Window 1d4h", setting(new ReplyWindow(Duration.ofHours(12)))),
        arguments("config urgent on", setting(new Urgent(true))),
        arguments("config urgent OFF", setting(new Urgent(false))),
        arguments("config urgent true", setting(new Urgent(true))),
        arguments("config summary-replies 20", setting(new SummaryReplies(20))),
        arguments("config summary-participants 6", setting(new SummaryParticipants(6))),
        arguments("config summary-age 3d", setting(new SummaryAge(Duration.ofDays(3)))),
        arguments("config summary-age 36h", setting(new SummaryAge(Duration.ofHours(36)))),
        arguments(
            "config quiet-hours \"Mon-Fri 09:00-17:00\"",
            setting(new QuietHours(Optional.of(WorkingHours.DEFAULT)))),
        arguments("config quiet-hours off", setting(QuietHours.OFF)),
        arguments("config nudges off", setting(new Nudges(false))),
        arguments("config nudges yes", setting(new Nudges(true))),
        arguments("config shadow on", setting(new Shadow(true))),
        arguments("config shadow no", setting(new Shadow(false))));
  }

  private static Stream<Arguments> moderation() {
    return Stream.of(
        arguments("assign <@U0SAM>", new Assign(member("U0SAM"))),
        arguments("assign <@!223456789012345678>", new Assign(member("223456789012345678"))),
        arguments("audit-log", new AuditLog(OptionalInt.empty())),
        arguments("audit-log 20", new AuditLog(OptionalInt.of(20))),
        arguments("audit_log 100", new AuditLog(OptionalInt.of(100))));
  }

  @Test
  void onlyConfigAssignAndAuditLogAreForModerators() {
    assertThat(Subcommand.values())
        .filteredOn(Subcommand::moderatorOnly)
        .containsExactly(Subcommand.CONFIG, Subcommand.ASSIGN, Subcommand.AUDIT_LOG);
    assertThat(command("config show").moderatorOnly()).isTrue();
    assertThat(command("assign <@U0SAM>").moderatorOnly()).isTrue();
    assertThat(command("audit-log").moderatorOnly()).isTrue();
    assertThat(command("owner <@U0SAM>").moderatorOnly()).isFalse();
    assertThat(command("snooze 1h").moderatorOnly()).isFalse();
  }

  @Test
  void replyWindowCountsADayAsEightWorkingHoursWhileSnoozeCountsTwentyFour() {
    assertThat(command("config reply-window 1d"))
        .isEqualTo(setting(new ReplyWindow(Duration.ofHours(8))));
    assertThat(command("snooze 1d")).isEqualTo(snooze(Duration.ofHours(24), null));
  }

  @Test
  void forgetMeWithoutConfirmOnlyAsksForConfirmation() {
    assertThat(((ForgetMe) command("forget-me")).confirmed()).isFalse();
    assertThat(((ForgetMe) command("forget-me confirm")).confirmed()).isTrue();
  }

  @Test
  void argumentsOfExactlyTheLimitAreRead() {
    String reason = "x".repeat(AsyncCommandParser.MAX_ARGUMENT_LENGTH - "snooze 2h ".length());

    assertThat(command("snooze 2h " + reason)).isEqualTo(snooze(Duration.ofHours(2), reason));
  }

  private AsyncCommand command(String input) {
    ParseOutcome outcome = parser.parse(input);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return ((ParseOutcome.Parsed) outcome).command();
  }

  static MemberRef member(String id) {
    return new MemberRef(new MemberId(id));
  }

  private static TimeZone zone(ZoneId zone) {
    return new TimeZone(Optional.of(zone));
  }

  private static Snooze snooze(Duration duration, String reason) {
    return new Snooze(duration, Optional.ofNullable(reason));
  }

  private static Config setting(ChannelSetting setting) {
    return new Config(Optional.of(setting));
  }
}
