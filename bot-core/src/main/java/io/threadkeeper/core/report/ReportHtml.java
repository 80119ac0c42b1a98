package io.threadkeeper.core.report;

/**
 * Renders the report as one self-contained HTML page: inline CSS and SVG charts, no script, no
 * external reference. The markup is well-formed XML, so it can be checked with an XML parser.
 */
public final class ReportHtml {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:72rem}"
          + "table{border-collapse:collapse;margin:1rem 0}"
          + "td,th{padding:.3rem .7rem;text-align:right}"
          + "th:first-child,td:first-child{text-align:left}"
          + "tr:nth-child(even){background:#f4f4f4}"
          + "svg{max-width:100%;height:auto;display:block;margin:1rem 0}"
          + ".note{color:#555;font-size:.9rem}";

  private ReportHtml() {}

  public static String render(String title, WeeklyReport report) {
    PeriodHealth week = report.current();
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p>")
        .append(escape(report.workspace() + ", " + report.week() + ": "))
        .append(escape(ReportPeriods.describe(week, report.zone())))
        .append("</p>\n<p>")
        .append(escape(ReportText.headline(week.workspace())))
        .append("</p>\n<h2>Channels</h2>\n");
    ReportTables.channels(html, week);
    html.append("<h2>Trend</h2>\n")
        .append(TrendChart.threads(report))
        .append('\n')
        .append(TrendChart.firstReply(report))
        .append('\n');
    ReportTables.trend(html, report);
    html.append("<h2>Overdue open threads</h2>\n");
    ReportTables.overdue(html, report);
    html.append("<h2>Shadow mode: what would have been sent</h2>\n");
    ReportTables.shadowed(html, report);
    return html.append("<p class=\"note\">")
        .append(escape(ReportPeriods.DEFINITIONS))
        .append("</p>\n</body></html>\n")
        .toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
