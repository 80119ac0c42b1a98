package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
  private final WeeklyReport report = ReportSamples.eightWeeks();

  private List<CSVRecord> parse() throws Exception {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(ReportCsv.render(report)), format)) {
      assertThat(parser.getHeaderNames()).isEqualTo(ReportCsv.HEADER);
      return parser.getRecords();
    }
  }

  @Test
  void hasOneRowPerChannelPerWeekPlusTheWorkspaceRow() throws Exception {
    List<CSVRecord> rows = parse();

    assertThat(rows).hasSize(8 * 3);
    assertThat(rows).extracting(r -> r.get("week")).startsWith("2026-W40").endsWith("2026-W47");
  }

  @Test
  void readsBackTheFiguresOfEveryChannelAndWeek() throws Exception {
    List<CSVRecord> rows = parse();

    int i = 0;
    for (PeriodHealth week : report.trend()) {
      assertRow(rows.get(i++), week, "", week.workspace());
      for (ChannelFigures channel : week.channels()) {
        CSVRecord row = rows.get(i++);
        assertThat(row.get("channel_name")).isEqualTo(channel.name());
        assertRow(row, week, channel.key(), channel.figures());
      }
    }
  }

  private static void assertRow(CSVRecord row, PeriodHealth week, String channel, Figures f) {
    assertThat(row.get("week")).isEqualTo(week.label());
    assertThat(row.get("from")).isEqualTo(week.from().toString());
    assertThat(row.get("channel")).isEqualTo(channel);
    assertThat(Integer.parseInt(row.get("threads"))).isEqualTo(f.threads());
    assertThat(Integer.parseInt(row.get("answered_in_window"))).isEqualTo(f.answeredInWindow());
    assertThat(Integer.parseInt(row.get("overdue_open"))).isEqualTo(f.overdueOpen());
    assertThat(row.get("median_first_reply_seconds"))
        .isEqualTo(
            f.medianFirstReply() == null ? "" : String.valueOf(f.medianFirstReply().toSeconds()));
    assertThat(Double.parseDouble(row.get("top_five_reply_share")))
        .isEqualTo(f.topFiveReplyShare());
    assertThat(Integer.parseInt(row.get("after_hours_messages"))).isEqualTo(f.afterHoursMessages());
  }
}
