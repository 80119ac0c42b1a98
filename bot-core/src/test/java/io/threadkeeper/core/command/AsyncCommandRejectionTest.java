package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way the grammar refuses input: what the problem says and which usage comes with it. */
class AsyncCommandRejectionTest {
  private static final String GENERAL = "general";
  private final AsyncCommandParser parser = new AsyncCommandParser();

  @ParameterizedTest(name = "/async {0} → {1}")
  @MethodSource("invalidInputs")
  void namesTheProblemAndShowsTheUsageOfTheSubcommand(String input, String problem, String usage) {
    ParseOutcome.Rejected rejected = rejected(input);

    assertThat(rejected.problem()).contains(problem);
    assertThat(rejected.usage()).isEqualTo(usageFor(usage));
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(general(), people(), personal(), snoozes(), others(), config())
        .flatMap(s -> s);
  }

  private static Stream<Arguments> general() {
    return Stream.of(
        arguments("frobnicate", "\"frobnicate\" is not an /async command.", GENERAL),
        arguments("snoze 2h", "Did you mean snooze?", GENERAL),
        arguments("CONFG show", "Did you mean config?", GENERAL),
        arguments("help frob", "\"frob\" is not an /async command", GENERAL),
        arguments("hours \"Mon-Fri 09:00-17:00", "A quoted value is not closed", "hours"),
        arguments("\"snooze 2h", "A quoted value is not closed", GENERAL),
        arguments("resolve now", "resolve takes no arguments.", "resolve"),
        arguments("mine all", "mine takes no arguments.", "mine"),
        arguments("why not", "why takes no arguments.", "why"),
        arguments("help snooze config", "help has more words than it takes.", "help"));
  }

  private static Stream<Arguments> people() {
    return Stream.of(
        arguments("owner", "Say who: type @ and choose the person", "owner"),
        arguments("owner @ana", "That name could not be matched to a person", "owner"),
        arguments("owner ana", "That is not a mention of a person", "owner"),
        arguments("owner 123456789012345678", "That is not a mention of a person", "owner"),
        arguments("owner <@u123abc>", "That name could not be matched to a person", "owner"),
        arguments("owner @everyone", "pick a single person, not a group", "owner"),
        arguments("owner @here", "pick a single person, not a group", "owner"),
        arguments("owner <!here>", "pick a single person, not a group", "owner"),
        arguments("owner <!channel>", "pick a single person, not a group", "owner"),
        arguments("owner <!subteam^S0T|@design>", "pick a single person, not a group", "owner"),
        arguments("owner <@&123456789012345678>", "pick a single person, not a group", "owner"),
        arguments("owner <#C0GENERAL|general>", "That is a channel, not a person", "owner"),
        arguments("owner <#123456789012345678>", "That is a channel, not a person", "owner"),
        arguments("owner <@U0ANA> <@U0SAM>", "A thread has one owner", "owner"),
        arguments("assign", "Say who", "assign"),
        arguments("assign @sam", "could not be matched to a person", "assign"),
        arguments("assign <@U0SAM> please", "A thread has one owner", "assign"));
  }

  private static Stream<Arguments> personal() {
    return Stream.of(
        arguments("timezone", "Name a time zone, or auto.", "timezone"),
        arguments("timezone Europe/Berln", "did you mean Europe/Berlin?", "timezone"),
        arguments(
            "timezone Mars/Olympus_Mons", "\"Mars/Olympus_Mons\" is not a time zone", "timezone"),
        arguments("timezone UTC+19", "is not a valid offset", "timezone"),
        arguments("timezone Europe/Berlin Europe/Paris", "more words than it takes", "timezone"),
        arguments("hours", "Give the days and times", "hours"),
        arguments("hours Mon-Fri 9-5", "Those hours do not read", "hours"),
        arguments("hours Funday 09:00-17:00", "unknown day \"Funday\"", "hours"),
        arguments("hours \"Mon-Fri 09:00-17:00\" extra", "Those hours do not read", "hours"));
  }

  private static Stream<Arguments> snoozes() {
    return Stream.of(
        arguments("snooze", "Say how long, such as 30m", "snooze"),
        arguments("snooze soon", "\"soon\" is not a duration", "snooze"),
        arguments("snooze 30s", "\"30s\" is not a duration", "snooze"),
        arguments("snooze 2m1h", "\"2m1h\" is not a duration", "snooze"),
        arguments("snooze 1h1h", "is not a duration", "snooze"),
        arguments("snooze -2h", "is not a duration", "snooze"),
        arguments("snooze P", "\"P\" is not a duration", "snooze"),
        arguments("snooze PT2X", "is not a duration", "snooze"),
        arguments("snooze 9999999999d", "is not a duration", "snooze"),
        arguments("snooze 0m", "A snooze must be at least 1 minute.", "snooze"),
        arguments("snooze PT30S", "A snooze must be at least 1 minute.", "snooze"),
        arguments("snooze PT-2H", "A snooze must be at least 1 minute.", "snooze"),
        arguments("snooze 31d", "A snooze can be at most 30 days.", "snooze"),
        arguments("snooze 5w", "A snooze can be at most 30 days.", "snooze"),
        arguments("snooze 999999999w", "A snooze can be at most 30 days.", "snooze"),
        arguments("snooze P9999999999999999D", "is not a duration", "snooze"));
  }

  private static Stream<Arguments> others() {
    return Stream.of(
        arguments(
            "ask tomorrow", "\"tomorrow\" is not a date; write the due date as YYYY-MM-DD", "ask"),
        arguments("ask 2026-02-30", "is not a date", "ask"),
        arguments("ask 2026-11-20 noon", "more words than it takes", "ask"),
        arguments("forget-me yes", "forget-me takes only the word confirm", "forget-me"),
        arguments("forget-me confirm now", "more words than it takes", "forget-me"),
        arguments("report last", "\"last\" is not an ISO week", "report"),
        arguments("report 2026-W54", "is not an ISO week", "report"),
        arguments("report 2027-W53", "is not an ISO week", "report"),
        arguments("report 2026-W00", "is not an ISO week", "report"),
        arguments("report 1999-W10", "is not an ISO week", "report"),
        arguments("report 2026-W47 2026-W48", "more words than it takes", "report"),
        arguments("audit-log 0", "The limit must be 1 to 100.", "audit-log"),
        arguments("audit-log 101", "The limit must be 1 to 100.", "audit-log"),
        arguments("audit-log ten", "\"ten\" is not a whole number", "audit-log"),
        arguments("audit-log 99999999999", "is not a whole number", "audit-log"),
        arguments("audit-log 20 30", "more words than it takes", "audit-log"));
  }

  private static Stream<Arguments> config() {
    return Stream.of(
        arguments("config colour red", "\"colour\" is not a channel setting", "config"),
        arguments("config reply-windw 2d", "Did you mean reply-window?", "config"),
        arguments("config show all", "config show takes nothing after it.", "config show"),
        arguments("config reply-window", "Give a value for reply-window.", "config reply-window"),
        arguments("config reply-window soon", "is not a duration", "config reply-window"),
        arguments("config reply-window 10m", "at least 30 minutes", "config reply-window"),
        arguments("config reply-window 21d", "at most 160 hours", "config reply-window"),
        arguments(
            "config reply-window 2d 3d", "reply-window takes one value.", "config reply-window"),
        arguments("config urgent maybe", "\"maybe\" is neither on nor off", "config urgent"),
        arguments("config urgent", "Give a value for urgent.", "config urgent"),
        arguments("config urgent on off", "urgent takes one value.", "config urgent"),
        arguments(
            "config summary-replies many",
            "\"many\" is not a whole number",
            "config summary-replies"),
        arguments(
            "config summary-replies 1",
            "summary-replies must be 2 to 1000.",
            "config summary-replies"),
        arguments(
            "config summary-participants 101", "must be 2 to 100.", "config summary-participants"),
        arguments(
            "config summary-age 30m",
            "The summary age must be at least 1 hour.",
            "config summary-age"),
        arguments(
            "config summary-age 91d",
            "The summary age can be at most 90 days.",
            "config summary-age"),
        arguments("config quiet-hours", "Give the days and times", "config quiet-hours"),
        arguments("config quiet-hours Mon-Fri", "Those hours do not read", "config quiet-hours"),
        arguments("config nudges", "Give a value for nudges.", "config nudges"),
        arguments("config shadow 1", "neither on nor off", "config shadow"));
  }

  @Test
  void argumentsOverTwoThousandCharactersAreRejectedAsTooLongBeforeAnyReading() {
    String input = "snooze 2h " + "x".repeat(AsyncCommandParser.MAX_ARGUMENT_LENGTH);

    ParseOutcome.Rejected rejected = rejected(input);

    assertThat(rejected.problem()).contains("too long").doesNotContain("xxx");
  }

  @Test
  void unknownCommandFarFromEveryNameListsTheCommandsWithoutGuessing() {
    ParseOutcome.Rejected rejected = rejected("xyzzyqwerty");

    assertThat(rejected.problem()).doesNotContain("Did you mean");
    assertThat(rejected.usage()).contains("help, ask, owner", "audit-log");
  }

  @Test
  void quotesAtMostTwentyCharactersOfAToken() {
    ParseOutcome.Rejected rejected = rejected("sk_live_51HxYzVeryLongSecretToken1234567890");

    assertThat(rejected.problem())
        .startsWith("\"sk_live_51HxYzVeryLo…\" is not an /async command.")
        .doesNotContain("Secret");
  }

  @Test
  void neverRepeatsAMentionOrAMassMention() {
    for (String input :
        new String[] {
          "<@U123ABC> snooze",
          "@everyone",
          "@here please",
          "snooze <@U123ABC>",
          "snooze @everyone",
          "config urgent @here",
          "config urgent <!everyone>",
          "timezone <@!123456789012345678>",
          "hours \"@everyone 09:00-17:00\"",
          "hours \"Mon-Fri <@U123ABC>\"",
          "ask <@U1|@everyone>",
        }) {
      assertThat(rejected(input).problem())
          .as(input)
          .doesNotContain("<@", "<!", "@everyone", "@here", "U123ABC", "123456789012345678");
    }
  }

  private ParseOutcome.Rejected rejected(String input) {
    ParseOutcome outcome = parser.parse(input);
    assertThat(outcome).as(input).isInstanceOf(ParseOutcome.Rejected.class);
    return (ParseOutcome.Rejected) outcome;
  }

  private static String usageFor(String key) {
    if (key.equals(GENERAL)) {
      return CommandGrammar.generalUsage();
    }
    if (key.startsWith("config ")) {
      return ConfigKey.named(key.substring("config ".length())).orElseThrow().usage();
    }
    return Subcommand.named(key).orElseThrow().usage();
  }
}
