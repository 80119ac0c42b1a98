package io.threadkeeper.core.norms.text;

import static io.threadkeeper.core.model.Platform.DISCORD;
import static io.threadkeeper.core.model.Platform.SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryMarkerTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Summary: venue booked",
        "summary: venue booked",
        "SUMMARY - venue booked",
        "Decision: we go with B",
        "Decisions: B, then C",
        "TL;DR we go with B",
        "TLDR: B",
        "tl;dr: B",
        "*Summary:* venue booked",
        "*Summary*: venue booked",
        "_TL;DR_ B",
        "  \n Summary: after blank lines",
        ":memo: Summary: with a shortcode",
        "\uD83D\uDCDD Summary: with an emoji",
        "\u2705 Decision: with a variation selector \uFE0F",
        "# Summary\n- venue booked",
        "*Summary so far:* venue booked",
        "&gt; can we decide?\nDecision: yes, B",
      })
  void slackRepliesStartingWithALabelAreSummaries(String text) {
    assertThat(SummaryMarker.isSummary(SLACK, text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "**Decision**: we go with B",
        "__TL;DR__ B",
        "## Summary\nvenue booked",
        "<:memo:123456> Summary: custom emoji",
        "||Summary:|| spoilered",
      })
  void discordRepliesStartingWithALabelAreSummaries(String text) {
    assertThat(SummaryMarker.isSummary(DISCORD, text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Decision needed by Thursday: which venue?",
        "Summary of the options is in the doc",
        "Here is my summary: venue booked",
        "> Summary: quoted from elsewhere",
        "`Summary:` is how you mark a summary",
        "```\nSummary: inside code\n```",
        "Summarystyle: no",
        "tldrs are great",
        "",
      })
  void otherRepliesAreNotSummaries(String text) {
    assertThat(SummaryMarker.isSummary(DISCORD, text)).isFalse();
  }
}
