package io.threadkeeper.deploy;

import io.threadkeeper.core.report.ReportCsv;
import io.threadkeeper.core.report.ReportHtml;
import io.threadkeeper.core.report.ReportJson;
import io.threadkeeper.core.report.ReportText;
import io.threadkeeper.core.report.WeeklyReport;

/** The formats {@code threadkeeper report} writes. */
public enum ReportFormat {
  TEXT,
  HTML,
  CSV,
  JSON;

  /** The report in this format; {@code title} heads the HTML page. */
  public String render(String title, WeeklyReport report) {
    return switch (this) {
      case TEXT -> ReportText.render(report);
      case HTML -> ReportHtml.render(title, report);
      case CSV -> ReportCsv.render(report);
      case JSON -> ReportJson.render(report);
    };
  }
}
