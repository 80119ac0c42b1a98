package io.threadkeeper.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.report.ReportSamples;
import io.threadkeeper.core.report.WeeklyReport;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class ReportEmbedTest {
  private static MessageEmbed embed(WeeklyReport report) {
    return EmbedRenderer.render(
            new MessageBody("Thread health", "24 threads", List.of(), List.of(), report))
        .getEmbeds()
        .get(0);
  }

  private static String field(MessageEmbed embed, String name) {
    return embed.getFields().stream()
        .filter(f -> name.equals(f.getName()))
        .map(MessageEmbed.Field::getValue)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReportBecomesOneEmbedWithTheWeeksFiguresAndTrend() {
    MessageEmbed embed = embed(ReportSamples.eightWeeks());

    assertThat(embed.getTitle()).isEqualTo("Thread health 2026-W47");
    // Week 47 of the samples: 24 threads, 12 in window, median 8h 30m.
    assertThat(field(embed, "Threads started")).isEqualTo("24");
    assertThat(field(embed, "Answered in window")).isEqualTo("12 of 24 (50%)");
    assertThat(field(embed, "Median first reply")).isEqualTo("8h 30m");
    assertThat(field(embed, "Trend")).contains("3 · 6 · 9 · 12 · 15 · 18 · 21 · 24");
    assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
  }

  @Test
  void overdueThreadsLinkToTheirRootMessageInTheServer() {
    WeeklyReport sample = ReportSamples.eightWeeks();
    WeeklyReport onDiscord =
        new WeeklyReport(
            "discord:900",
            sample.zone(),
            sample.week(),
            sample.trend(),
            sample.overdue(),
            sample.shadowed());

    assertThat(field(embed(onDiscord), "Overdue open threads"))
        .startsWith("[#planning](https://discord.com/channels/900/C1/1790000000.000100)")
        .contains("<t:");
  }
}
