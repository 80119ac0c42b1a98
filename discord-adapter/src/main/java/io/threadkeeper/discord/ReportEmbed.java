package io.threadkeeper.discord;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.OverdueThread;
import io.threadkeeper.core.report.ReportCard;
import io.threadkeeper.core.report.ReportHtml;
import io.threadkeeper.core.report.WeeklyReport;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Lays the weekly report's {@link ReportCard} out as one embed: the figures as inline fields, the
 * trend and busiest channels as fields, and overdue threads as links to their root messages.
 * Stateless and thread-safe.
 */
final class ReportEmbed {
  private ReportEmbed() {}

  static MessageEmbed embed(WeeklyReport report) {
    ReportCard card = ReportCard.of(report);
    EmbedBuilder embed = new EmbedBuilder();
    embed.setTitle(EmbedRenderer.cut(card.title(), MessageEmbed.TITLE_MAX_LENGTH));
    embed.setDescription(card.period());
    for (ReportCard.Figure figure : card.figures()) {
      embed.addField(figure.label(), figure.value(), true);
    }
    embed.addField("Trend", value(String.join("\n", card.trend())), false);
    if (!card.busiestChannels().isEmpty()) {
      embed.addField("Busiest channels", value(String.join("\n", card.busiestChannels())), false);
    }
    embed.addField("Overdue open threads", overdue(report, card), false);
    return embed.build();
  }

  /**
   * The self-contained HTML report as a file, rendered from the model the outbox row stores, so a
   * retried send attaches the same page and the row stays small.
   */
  static FileUpload htmlFile(WeeklyReport report) {
    String title = ReportCard.of(report).title();
    return FileUpload.fromData(
        ReportHtml.render(title, report).getBytes(StandardCharsets.UTF_8),
        "thread-health-" + report.week() + ".html");
  }

  private static String overdue(WeeklyReport report, ReportCard card) {
    if (card.overdue().isEmpty()) {
      return "None.";
    }
    String guild = WorkspaceRef.parse(report.workspace()).externalId();
    String links =
        card.overdue().stream().map(t -> link(guild, t)).collect(Collectors.joining("\n"));
    return EmbedRenderer.cut(
        card.moreOverdue() == 0 ? links : links + "\n…and " + card.moreOverdue() + " more",
        MessageEmbed.VALUE_MAX_LENGTH);
  }

  /** A jump link to the thread's root, with its opening time in each reader's own zone. */
  private static String link(String guild, OverdueThread thread) {
    return "["
        + MarkdownSanitizer.escape("#" + thread.channel()).replace("]", "")
        + "](https://discord.com/channels/"
        + guild
        + "/"
        + thread.channelKey()
        + "/"
        + thread.rootKey()
        + ") opened <t:"
        + thread.openedAt().getEpochSecond()
        + ":f>";
  }

  private static String value(String text) {
    return EmbedRenderer.cut(MarkdownSanitizer.escape(text), MessageEmbed.VALUE_MAX_LENGTH);
  }
}
