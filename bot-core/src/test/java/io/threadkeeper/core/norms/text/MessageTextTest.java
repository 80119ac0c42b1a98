package io.threadkeeper.core.norms.text;

import static io.threadkeeper.core.model.Platform.DISCORD;
import static io.threadkeeper.core.model.Platform.SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " ~> ",
      value = {
        "<!here> hi ~> @here hi",
        "<!here|here> hi ~> @here hi",
        "<!here|@here> hi ~> @here hi",
        "<!channel> hi ~> @channel hi",
        "<!channel|channel> hi ~> @channel hi",
        "<!group> hi ~> @channel hi",
        "<!everyone> hi ~> @everyone hi",
        "*<!here>* hi ~> *@here* hi",
        "_<!channel>_ hi ~> ' @channel  hi'",
        "~<!here>~ hi ~> ~@here~ hi",
      })
  void slackBroadcastsReadAsTheirAtForm(String raw, String plain) {
    assertThat(MessageText.of(SLACK, raw).plain()).isEqualTo(plain);
  }

  @Test
  void slackMemberMentionsReadAsTheirIdNeverTheirLabel() {
    assertThat(MessageText.of(SLACK, "<@U123|here> and <@W9>").plain()).isEqualTo("@U123 and @W9");
  }

  @Test
  void discordMemberAndRoleMentionsAreNotBroadcasts() {
    assertThat(MessageText.of(DISCORD, "<@123456> <@!654321> <@&777>").plain())
        .isEqualTo("@123456 @654321 @role");
  }

  @Test
  void slackEntitiesAreUnescapedAndMapBackToTheirRawForm() {
    MessageText text = MessageText.of(SLACK, "Q&amp;A &lt;3 &gt; x");

    assertThat(text.plain()).isEqualTo("Q&A <3 > x");
    assertThat(text.rawSlice(1, 2)).isEqualTo("&amp;");
  }

  @Test
  void slackQuotedLinesDisappearInBothEscapedAndRawForm() {
    String raw = "&gt; quoted one\n>quoted two\nmine";

    assertThat(MessageText.of(SLACK, raw).plain().strip()).isEqualTo("mine");
  }

  @Test
  void slackTripleQuoteHidesTheRestOfTheMessage() {
    assertThat(MessageText.of(SLACK, "mine\n&gt;&gt;&gt; all\nof this").plain().strip())
        .isEqualTo("mine");
  }

  @Test
  void discordQuotesNeedTheSpaceAfterTheMarker() {
    assertThat(MessageText.of(DISCORD, "> quoted\n>not quoted").plain().strip())
        .isEqualTo(">not quoted");
    assertThat(MessageText.of(DISCORD, "mine\n>>> rest\nof it").plain().strip()).isEqualTo("mine");
  }

  @Test
  void codeSpansAndFencedBlocksDisappear() {
    String raw = "before `@here` mid ``a ` b`` after\n```\nASAP\n```\nend";

    assertThat(MessageText.of(DISCORD, raw).plain())
        .doesNotContain("@here", "ASAP", "`")
        .contains("before", "mid", "after", "end");
  }

  @Test
  void anUnclosedFenceHidesEverythingAfterIt() {
    assertThat(MessageText.of(SLACK, "look\n```\n<!here> now").plain()).doesNotContain("@here");
  }

  @Test
  void linksAreCollectedOnceAndReadAsTheirLabel() {
    MessageText text =
        MessageText.of(
            SLACK,
            "see <https://a.example/x|the doc>, <https://a.example/x> and <mailto:x@y.z|mail>");

    assertThat(text.plain()).isEqualTo("see the doc,   and mail");
    assertThat(text.links()).containsExactly("https://a.example/x");
  }

  @Test
  void discordPlainLinksLoseTrailingPunctuationButKeepBalancedParentheses() {
    MessageText text =
        MessageText.of(
            DISCORD, "read https://en.example.org/wiki/Foo_(bar). Also (https://b.example/y) ok");

    assertThat(text.links())
        .containsExactly("https://en.example.org/wiki/Foo_(bar)", "https://b.example/y");
  }

  @Test
  void linksInsideCodeOrQuotesAreNotShared() {
    assertThat(MessageText.of(DISCORD, "> https://q.example\n`https://c.example`").links())
        .isEmpty();
  }

  @Test
  void emojiShortcodesAndCustomEmojiReadAsSpaces() {
    assertThat(MessageText.of(DISCORD, ":fire: hot <:party:123> <a:wave:456> at 10:30:00").plain())
        .isEqualTo("  hot     at 10:30:00");
  }

  @Test
  void underscoresInsideWordsStayButItalicsMarkersGo() {
    assertThat(MessageText.of(SLACK, "_urgent_ snake_case").plain())
        .isEqualTo(" urgent  snake_case");
  }

  @Test
  void typographicApostrophesAreStraightened() {
    assertThat(MessageText.of(SLACK, "don\u2019t \u201cquote\u201d").plain())
        .isEqualTo("don't \"quote\"");
  }

  @Test
  void rawSliceReturnsTheWholeTokenBehindAPlainWord() {
    MessageText text = MessageText.of(SLACK, "hey *<!here|@here>* now");
    int at = text.plain().indexOf("@here");

    assertThat(text.rawSlice(at, at + "@here".length())).isEqualTo("<!here|@here>");
  }

  @Test
  void nullAndEmptyTextReadAsEmpty() {
    assertThat(MessageText.of(SLACK, null).plain()).isEmpty();
    assertThat(MessageText.of(DISCORD, "").links()).isEmpty();
  }
}
