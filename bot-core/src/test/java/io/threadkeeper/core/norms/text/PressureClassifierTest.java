package io.threadkeeper.core.norms.text;

import static io.threadkeeper.core.model.Platform.DISCORD;
import static io.threadkeeper.core.model.Platform.SLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.threadkeeper.core.model.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PressureClassifierTest {
  private final PressureClassifier classifier = new PressureClassifier();

  private PressureVerdict slack(String text) {
    return classifier.classify(SLACK, text, false, false);
  }

  private PressureVerdict discord(String text) {
    return classifier.classify(DISCORD, text, false, false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~> ",
      value = {
        "SLACK ~> <!here> who has the keys? ~> <!here>",
        "SLACK ~> hey <!here|here>, keys? ~> <!here|here>",
        "SLACK ~> *<!here|@here>* keys? ~> <!here|@here>",
        "SLACK ~> _<!channel>_ keys? ~> <!channel>",
        "SLACK ~> ~<!everyone>~ keys? ~> <!everyone>",
        "SLACK ~> @channel keys? ~> @channel",
        "DISCORD ~> @here keys? ~> @here",
        "DISCORD ~> **@here** keys? ~> @here",
        "DISCORD ~> __@everyone__ keys? ~> @everyone",
        "DISCORD ~> ||@here|| keys? ~> @here",
        "DISCORD ~> _@here_ keys? ~> @here",
        "DISCORD ~> ~~@everyone~~ keys? ~> @everyone",
      })
  void broadcastMentionsFireInEveryPlatformFormAndReportTheRawMention(
      Platform platform, String text, String matched) {
    PressureVerdict verdict = classifier.classify(platform, text, false, false);

    assertThat(verdict).isEqualTo(PressureVerdict.fired(PressureRule.BROADCAST_MENTION, matched));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<@U123> keys?",
        "<@U123|here> keys?",
        "<!subteam^S1|@events> keys?",
        "mail events@here.org",
        "`<!here>` is the syntax"
      })
  void memberMentionsAndLookalikesAreNotBroadcasts(String text) {
    assertThat(slack(text).pressure()).isFalse();
  }

  @Test
  void discordEscapedBroadcastIsNotAMention() {
    assertThat(discord("\\@everyone is how you write it").pressure()).isFalse();
  }

  @Test
  void urgentChannelsAndBotsAreNeverPressured() {
    assertThat(classifier.classify(SLACK, "<!here> need this ASAP", true, false).pressure())
        .isFalse();
    assertThat(classifier.classify(DISCORD, "@everyone need this ASAP", false, true).pressure())
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~> ",
      value = {
        "Can everyone jump in now? ~> jump-in-now ~> jump in now",
        "quick call? ~> quick-call ~> quick call",
        "Need this in 5 min ~> deadline-minutes ~> Need this in 5 min",
        "I need an answer in the next 10 minutes ~> deadline-minutes ~> need an answer in the next 10 minutes",
        "Please send the contract ASAP ~> asap ~> ASAP",
        "I need the attendee list right now ~> right-now ~> need the attendee list right now",
        "Can you send the bios by EOD? ~> eod-today ~> by EOD",
        "URGENT: the hotel block expires ~> urgent-word ~> URGENT",
        "any update?? ~> status-chaser ~> any update??",
        "Just checking in on the contract ~> status-chaser ~> Just checking in",
        "following up again on the deposit ~> status-chaser ~> following up again",
        "bump ~> status-chaser ~> bump",
        "ping? ~> status-chaser ~> ping",
        "?? ~> status-chaser ~> ??",
      })
  void eachRuleFiresOnItsTypicalWording(String text, String rule, String matched) {
    assertThat(slack(text))
        .isEqualTo(PressureVerdict.fired(PressureRule.fromId(rule).orElseThrow(), matched));
  }

  @Test
  void asapWithASameDayDeadlineStillFires() {
    assertThat(discord("ASAP, by EOD today: the logo files").rule()).isEqualTo(PressureRule.ASAP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Could you send the contract ASAP? No rush though.",
        "not urgent",
        "This isn't urgent, but any update on the flyer?",
        "no need to jump in now",
        "Whenever you have time, any update on the venue?",
        "no pressure: quick call sometime?",
        "Not ASAP, just before the AGM",
        "I don't need this right now",
        "Any update on the catering? Take your time.",
      })
  void negationsAndReassurancesDefuseThePressure(String text) {
    assertThat(slack(text).pressure()).isFalse();
  }

  @Test
  void aReassuranceBeforeAContrastDoesNotDefuseWhatFollows() {
    assertThat(slack("No rush on the flyer, but the contract needs signing ASAP").rule())
        .isEqualTo(PressureRule.ASAP);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Could you review the budget ASAP, by Thursday at the latest?",
        "Please vote by end of next week, urgent-ish",
        "Comments before the 15th please, asap would be lovely",
      })
  void dueDatesWithLeadTimeDefuseTheWording(String text) {
    assertThat(discord(text).pressure()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Right now the build is green",
        "urgent care clinic is next door",
        "For urgent things use #ops-urgent",
        "If it's urgent, call the venue",
        "Feel free to jump in with comments whenever",
        "The fetchMembers() call times out",
        "Call for volunteers: sign up by the 15th",
        "bump the version to 2.3",
        "bump to 2.3",
        "Ping the API first",
        "The keynote starts in 10 minutes",
        "I'll send it ASAP",
        "We avoid \"ASAP\" in asks",
        "Quick call-out to Maria for the raffle",
      })
  void descriptionsAndOtherSensesDoNotFire(String text) {
    assertThat(slack(text).pressure()).isFalse();
  }

  @Test
  void quotedTextIsIgnoredOnBothPlatforms() {
    assertThat(slack("&gt; need this ASAP\ndone, it's in the drive").pressure()).isFalse();
    assertThat(discord("> need this ASAP\ndone, it's in the drive").pressure()).isFalse();
    assertThat(discord(">>> @everyone ASAP\nlol remember this").pressure()).isFalse();
  }

  @Test
  void codeIsIgnored() {
    assertThat(discord("```\n@everyone deploy now ASAP\n```\nthe old template").pressure())
        .isFalse();
    assertThat(slack("the log says `retry ASAP`").pressure()).isFalse();
  }

  @Test
  void textAfterAQuoteStillCounts() {
    assertThat(slack("&gt; the venue said yes\n<!here> great news").matched()).isEqualTo("<!here>");
  }

  @Test
  void matchedTextComesFromTheRawMessageEvenWhenEntitiesWereUnescaped() {
    assertThat(slack("Q&amp;A slides ASAP please").matched()).isEqualTo("ASAP");
    assertThat(slack("need a yes/no &amp; the budget in 5 min").matched())
        .isEqualTo("need a yes/no &amp; the budget in 5 min");
  }

  @Test
  void blankAndNullTextIsNeverPressure() {
    assertThat(slack("   ")).isEqualTo(PressureVerdict.none());
    assertThat(slack(null)).isEqualTo(PressureVerdict.none());
  }

  @Test
  void unicodeTextIsReadSafely() {
    assertThat(discord("Besoin du budget ASAP 🙏 — merci, Zoë").matched()).isEqualTo("ASAP");
    assertThat(discord("Café à 10h ☕️ tout le monde").pressure()).isFalse();
  }

  @Test
  void hostileInputNeitherOverflowsTheStackNorHangs() {
    String noise =
        "? ! ".repeat(5_000) + "@a".repeat(5_000) + " _".repeat(5_000) + "bump ".repeat(5_000);

    // A guard against catastrophic backtracking, not a benchmark: the bound is generous.
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          slack(noise);
          discord(noise + "?".repeat(20_000));
        });
  }
}
