package io.threadkeeper.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import io.threadkeeper.core.report.OverdueThread;
import io.threadkeeper.core.report.ReportCard;
import io.threadkeeper.core.report.WeeklyReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays the weekly report's {@link ReportCard} out as Block Kit: header, period, the figures as
 * section fields (ten per section), trend, busiest channels, and overdue threads as links to their
 * root messages. Thread-safe (stateless).
 */
final class ReportBlocks {
  private static final int FIELDS_PER_SECTION = 10;
  private static final int SECTION_TEXT = 3000;

  private ReportBlocks() {}

  static List<LayoutBlock> blocks(WeeklyReport report) {
    ReportCard card = ReportCard.of(report);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(HeaderBlock.builder().text(plain(SlackText.shorten(card.title(), 150))).build());
    blocks.add(
        ContextBlock.builder()
            .elements(List.of(markdown(SlackText.escape(card.period()))))
            .build());
    List<ReportCard.Figure> figures = card.figures();
    for (int at = 0; at < figures.size(); at += FIELDS_PER_SECTION) {
      List<TextObject> fields = new ArrayList<>();
      for (ReportCard.Figure figure :
          figures.subList(at, Math.min(figures.size(), at + FIELDS_PER_SECTION))) {
        fields.add(
            markdown(
                "*" + SlackText.escape(figure.label()) + "*\n" + SlackText.escape(figure.value())));
      }
      blocks.add(SectionBlock.builder().fields(fields).build());
    }
    blocks.add(DividerBlock.builder().build());
    blocks.add(section("*Trend*\n" + lines(card.trend())));
    if (!card.busiestChannels().isEmpty()) {
      blocks.add(section("*Busiest channels*\n" + lines(card.busiestChannels())));
    }
    blocks.add(section("*Overdue open threads*\n" + overdue(card)));
    return blocks;
  }

  private static String overdue(ReportCard card) {
    if (card.overdue().isEmpty()) {
      return "None.";
    }
    String links =
        card.overdue().stream().map(ReportBlocks::link).collect(Collectors.joining("\n"));
    return card.moreOverdue() == 0 ? links : links + "\n…and " + card.moreOverdue() + " more";
  }

  /** A link to the thread's root: Slack's archive URL redirects into the member's workspace. */
  private static String link(OverdueThread thread) {
    String url =
        "https://slack.com/archives/"
            + thread.channelKey()
            + "/p"
            + thread.rootKey().replace(".", "");
    String label = SlackText.escape(("#" + thread.channel()).replaceAll("[<>|]", ""));
    // Slack shows the date in each reader's own zone; the text after | is the fallback.
    return "• <"
        + url
        + "|"
        + label
        + "> opened <!date^"
        + thread.openedAt().getEpochSecond()
        + "^{date_short_pretty} {time}|"
        + thread.openedAt()
        + ">";
  }

  private static String lines(List<String> lines) {
    return lines.stream().map(l -> "• " + SlackText.escape(l)).collect(Collectors.joining("\n"));
  }

  private static SectionBlock section(String text) {
    return SectionBlock.builder().text(markdown(SlackText.shorten(text, SECTION_TEXT))).build();
  }

  private static PlainTextObject plain(String text) {
    return PlainTextObject.builder().text(text).build();
  }

  private static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }
}
