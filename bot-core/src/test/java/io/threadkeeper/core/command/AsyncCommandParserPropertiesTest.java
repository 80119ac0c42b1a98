package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.testing.FuzzTries;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whatever members type, the parser answers with an outcome and never throws, and a problem never
 * carries a mention or a mass mention back into the channel.
 *
 * <p>The unit tier runs 2,000 tries per property. For a long fuzzing run of 100,000 tries:
 *
 * <pre>
 * ./mvnw -B -o -pl bot-core -am verify -DskipITs -Dthreadkeeper.fuzz.tries=100000 \
 *     -Dtest='AsyncCommandParserPropertiesTest' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class AsyncCommandParserPropertiesTest {
  private static final List<String> WORDS =
      List.of(
          "help",
          "ask",
          "owner",
          "assign",
          "resolve",
          "summary",
          "mine",
          "timezone",
          "hours",
          "snooze",
          "why",
          "forget-me",
          "report",
          "config",
          "audit-log",
          "confirm",
          "show",
          "reply-window",
          "urgent",
          "summary-replies",
          "summary-participants",
          "summary-age",
          "quiet-hours",
          "nudges",
          "shadow",
          "on",
          "off",
          "auto",
          "2d",
          "1h30m",
          "PT2H",
          "P1D",
          "0m",
          "31d",
          "999999999w",
          "2026-W47",
          "2026-W53",
          "Mon-Fri 09:00-17:00",
          "\"",
          "“",
          "”",
          "<@U123ABC>",
          "<@U123ABC|ana>",
          "<@123456789012345678>",
          "<@!123456789012345678>",
          "<@&123456789012345678>",
          "<!here>",
          "<!channel>",
          "<!everyone>",
          "@everyone",
          "@here",
          "@channel",
          "@@everyone",
          "<<@@U1>",
          "<@",
          "<",
          ">",
          "@",
          "|",
          "Europe/Berlin",
          "UTC+2",
          "\u0000",
          "\u202E",
          "\uD83D\uDE00",
          "\t",
          "\n",
          "\u00A0");

  private final AsyncCommandParser parser = new AsyncCommandParser();

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyTextGivesAnOutcomeWhoseProblemCarriesNoMention(@ForAll("arguments") String input) {
    assertSafe(parser.parse(input));
  }

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyOptionsGiveAnOutcomeWhoseProblemCarriesNoMention(
      @ForAll("paths") String subcommand, @ForAll("options") Map<String, String> options) {
    assertSafe(parser.parseOptions(subcommand, options));
  }

  @Provide
  Arbitrary<String> arguments() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, sentences()),
        Tuple.of(2, Arbitraries.strings().all().ofMaxLength(300)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(1_990).ofMaxLength(2_010)),
        Tuple.of(1, Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(10_240)));
  }

  @Provide
  Arbitrary<String> paths() {
    return Arbitraries.oneOf(
        Arbitraries.of(WORDS),
        sentences(),
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.of(
            "config reply-window", "config urgent", "config quiet-hours", "config show"));
  }

  @Provide
  Arbitrary<Map<String, String>> options() {
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.of(
                "topic",
                "due",
                "member",
                "text",
                "zone",
                "hours",
                "duration",
                "reason",
                "confirm",
                "week",
                "value",
                "limit"),
            Arbitraries.strings().all().ofMaxLength(12));
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS),
            Arbitraries.of("true", "false", "123456789012345678"),
            Arbitraries.strings().all().ofMaxLength(200),
            sentences());
    return Arbitraries.maps(names, values).ofMaxSize(4);
  }

  private static Arbitrary<String> sentences() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(WORDS),
            Arbitraries.strings().all().ofMaxLength(12),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\t", "", "\n", "\u3000");
    return word.list()
        .ofMaxSize(8)
        .flatMap(
            words ->
                gap.list()
                    .ofSize(words.size())
                    .map(
                        gaps -> {
                          StringBuilder text = new StringBuilder();
                          for (int i = 0; i < words.size(); i++) {
                            text.append(words.get(i)).append(gaps.get(i));
                          }
                          return text.toString();
                        }));
  }

  private static void assertSafe(ParseOutcome outcome) {
    assertThat(outcome).isNotNull();
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      assertThat(rejected.problem())
          .isNotBlank()
          .doesNotContain("<@", "<!")
          .doesNotContainIgnoringCase("@everyone")
          .doesNotContainIgnoringCase("@here")
          .doesNotContainIgnoringCase("@channel");
      assertThat(rejected.usage()).startsWith("Usage: /async ");
    }
  }
}
