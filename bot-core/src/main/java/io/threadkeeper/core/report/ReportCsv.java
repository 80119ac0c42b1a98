package io.threadkeeper.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders the report's numbers as CSV (RFC 4180 with a header): one row per channel per week of the
 * trend, plus one row per week for the whole workspace with an empty channel.
 */
public final class ReportCsv {
  /** The columns, in order. Durations are whole seconds; shares are fractions from 0 to 1. */
  public static final List<String> HEADER =
      List.of(
          "week",
          "from",
          "to",
          "channel",
          "channel_name",
          "threads",
          "answered",
          "answered_in_window",
          "ghosts",
          "replies",
          "long_threads",
          "long_without_summary",
          "without_owner",
          "overdue_open",
          "resolved",
          "median_first_reply_seconds",
          "p90_first_reply_seconds",
          "contributors",
          "first_time_contributors",
          "top_five_reply_share",
          "pressure_nudges",
          "after_hours_messages");

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

  private ReportCsv() {}

  public static String render(WeeklyReport report) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (PeriodHealth week : report.trend()) {
        printer.printRecord(row(week, "", "all channels", week.workspace()));
        for (ChannelFigures channel : week.channels()) {
          printer.printRecord(row(week, channel.key(), channel.name(), channel.figures()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Object> row(PeriodHealth week, String key, String name, Figures f) {
    List<Object> row = new ArrayList<>(HEADER.size());
    row.add(week.label());
    row.add(week.from());
    row.add(week.to());
    row.add(key);
    row.add(name);
    row.add(f.threads());
    row.add(f.answered());
    row.add(f.answeredInWindow());
    row.add(f.ghosts());
    row.add(f.replies());
    row.add(f.longThreads());
    row.add(f.longWithoutSummary());
    row.add(f.withoutOwner());
    row.add(f.overdueOpen());
    row.add(f.resolved());
    row.add(seconds(f.medianFirstReply()));
    row.add(seconds(f.p90FirstReply()));
    row.add(f.contributors());
    row.add(f.firstTimeContributors());
    row.add(String.format(Locale.ROOT, "%.4f", f.topFiveReplyShare()));
    row.add(f.pressureNudges());
    row.add(f.afterHoursMessages());
    return row;
  }

  private static String seconds(Duration duration) {
    return duration == null ? "" : String.valueOf(duration.toSeconds());
  }
}
