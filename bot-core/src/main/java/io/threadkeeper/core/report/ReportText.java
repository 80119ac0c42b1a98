package io.threadkeeper.core.report;

import java.util.Locale;
import java.util.Map;

/** Renders the report as Markdown for a terminal or a chat message; also the period table. */
public final class ReportText {
  private static final String ROW = "%-22s %7s %9s %6s %7s %6s %9s %9s%n";

  private ReportText() {}

  /** The whole weekly report: headline, channels, trend, overdue threads, shadow mode. */
  public static String render(WeeklyReport report) {
    PeriodHealth week = report.current();
    StringBuilder out = new StringBuilder();
    out.append("# Thread health ").append(report.week()).append(", ").append(report.workspace());
    out.append("\n\n")
        .append(ReportPeriods.describe(week, report.zone()))
        .append("\n\n")
        .append(headline(week.workspace()))
        .append("\n\n```\n")
        .append(table(week))
        .append("```\n\n## Trend\n\n| week | threads | answered in window | median | p90 |\n")
        .append("|---|---:|---:|---:|---:|\n");
    for (PeriodHealth each : report.trend()) {
      Figures f = each.workspace();
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s | %s |%n",
              each.label(),
              f.threads(),
              percent(f.answeredInWindowShare()),
              Durations.brief(f.medianFirstReply()),
              Durations.brief(f.p90FirstReply())));
    }
    out.append("\n## Overdue open threads\n\n");
    report.overdue().forEach(t -> out.append("- ").append(t.label()).append('\n'));
    if (report.overdue().isEmpty()) {
      out.append("None.\n");
    }
    out.append("\n## Shadow mode: what would have been sent\n\n");
    Map<String, Integer> shadowed = report.shadowedInOrder();
    shadowed.forEach((purpose, n) -> out.append("- ").append(purpose).append(": ").append(n));
    out.append(shadowed.isEmpty() ? "Nothing held back.\n" : "\n");
    return out.append("\n").append(ReportPeriods.DEFINITIONS).append('\n').toString();
  }

  /** One sentence with the workspace's figures. */
  public static String headline(Figures f) {
    return String.format(
        Locale.ROOT,
        "%d threads, %d answered (%s), %d ghost threads, %d replies; %d answered inside the reply"
            + " window (%s); median time to first reply %s, p90 %s (business hours); %d long"
            + " threads, %d without a summary; %d without an owner; %d overdue open; %d resolved"
            + " (%s); %d contributors, %d first-time, top 5 repliers wrote %s of replies; %d"
            + " pressure nudges; %d messages after hours",
        f.threads(),
        f.answered(),
        percent(f.answeredShare()),
        f.ghosts(),
        f.replies(),
        f.answeredInWindow(),
        percent(f.answeredInWindowShare()),
        Durations.brief(f.medianFirstReply()),
        Durations.brief(f.p90FirstReply()),
        f.longThreads(),
        f.longWithoutSummary(),
        f.withoutOwner(),
        f.overdueOpen(),
        f.resolved(),
        percent(f.resolutionRate()),
        f.contributors(),
        f.firstTimeContributors(),
        percent(f.topFiveReplyShare()),
        f.pressureNudges(),
        f.afterHoursMessages());
  }

  /** The per-channel table of a period, one line a channel, for a terminal. */
  public static String table(PeriodHealth period) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "channel",
            "threads",
            "answered",
            "ghost",
            "replies",
            "long",
            "median",
            "p90"));
    for (ChannelFigures channel : period.channels()) {
      Figures f = channel.figures();
      out.append(
          String.format(
              Locale.ROOT,
              ROW,
              clip(channel.label()),
              f.threads(),
              percent(f.answeredShare()),
              f.ghosts(),
              f.replies(),
              f.longThreads(),
              Durations.brief(f.medianFirstReply()),
              Durations.brief(f.p90FirstReply())));
    }
    return out.toString();
  }

  private static String clip(String label) {
    return label.length() > 22 ? label.substring(0, 21) + "…" : label;
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
