package io.threadkeeper.core.report;

import static io.threadkeeper.core.report.ReportHtml.escape;

import java.util.List;
import java.util.Map;

/** The HTML tables of {@link ReportHtml}. */
final class ReportTables {
  private static final List<String> CHANNEL_HEADERS =
      List.of(
          "Channel",
          "Threads",
          "Answered in window",
          "Ghost",
          "Replies",
          "Median first reply",
          "p90",
          "Overdue open",
          "No owner",
          "Long, no summary",
          "Resolved",
          "Contributors",
          "First-time",
          "Top 5 share",
          "Nudges",
          "After hours");

  private ReportTables() {}

  static void channels(StringBuilder html, PeriodHealth week) {
    header(html, CHANNEL_HEADERS);
    row(html, "All channels", week.workspace());
    week.channels().forEach(channel -> row(html, channel.label(), channel.figures()));
    html.append("</table>\n");
  }

  static void trend(StringBuilder html, WeeklyReport report) {
    header(html, List.of("Week", "Threads", "Answered in window", "Median", "p90"));
    for (PeriodHealth week : report.trend()) {
      Figures f = week.workspace();
      html.append("<tr>");
      cells(
          html,
          week.label(),
          String.valueOf(f.threads()),
          ReportText.percent(f.answeredInWindowShare()),
          Durations.brief(f.medianFirstReply()),
          Durations.brief(f.p90FirstReply()));
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }

  static void overdue(StringBuilder html, WeeklyReport report) {
    if (report.overdue().isEmpty()) {
      html.append("<p>None.</p>\n");
      return;
    }
    html.append("<ul>\n");
    report.overdue().forEach(t -> html.append("<li>").append(escape(t.label())).append("</li>\n"));
    html.append("</ul>\n");
  }

  static void shadowed(StringBuilder html, WeeklyReport report) {
    Map<String, Integer> held = report.shadowedInOrder();
    if (held.isEmpty()) {
      html.append("<p>Nothing held back.</p>\n");
      return;
    }
    header(html, List.of("Purpose", "Messages"));
    held.forEach(
        (purpose, n) -> {
          html.append("<tr>");
          cells(html, purpose, String.valueOf(n));
          html.append("</tr>\n");
        });
    html.append("</table>\n");
  }

  private static void row(StringBuilder html, String label, Figures f) {
    html.append("<tr>");
    cells(
        html,
        label,
        String.valueOf(f.threads()),
        ReportText.percent(f.answeredInWindowShare()),
        String.valueOf(f.ghosts()),
        String.valueOf(f.replies()),
        Durations.brief(f.medianFirstReply()),
        Durations.brief(f.p90FirstReply()),
        String.valueOf(f.overdueOpen()),
        String.valueOf(f.withoutOwner()),
        String.valueOf(f.longWithoutSummary()),
        ReportText.percent(f.resolutionRate()),
        String.valueOf(f.contributors()),
        String.valueOf(f.firstTimeContributors()),
        ReportText.percent(f.topFiveReplyShare()),
        String.valueOf(f.pressureNudges()),
        String.valueOf(f.afterHoursMessages()));
    html.append("</tr>\n");
  }

  private static void header(StringBuilder html, List<String> names) {
    html.append("<table>\n<tr>");
    names.forEach(name -> html.append("<th>").append(escape(name)).append("</th>"));
    html.append("</tr>\n");
  }

  private static void cells(StringBuilder html, String... values) {
    for (String value : values) {
      html.append("<td>").append(escape(value)).append("</td>");
    }
  }
}
