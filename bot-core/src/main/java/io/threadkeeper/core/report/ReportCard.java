package io.threadkeeper.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The weekly report cut to what fits in a chat message, decided once for every platform: the week's
 * figures as labelled values, the trend as two lines, the busiest channels and the overdue threads.
 * Adapters only lay it out (Block Kit, an embed).
 *
 * @param title e.g. {@code Thread health 2026-W47}
 * @param period the week's span in the report's zone
 * @param figures the workspace's figures for the week, in reading order
 * @param trend one line per measure across the trend weeks, oldest first
 * @param busiestChannels up to {@link #CHANNELS} channels with threads, busiest first
 * @param overdue up to {@link #OVERDUE} overdue threads, oldest first
 * @param moreOverdue how many overdue threads are left out
 */
public record ReportCard(
    String title,
    String period,
    List<Figure> figures,
    List<String> trend,
    List<String> busiestChannels,
    List<OverdueThread> overdue,
    int moreOverdue) {
  public static final int CHANNELS = 5;
  public static final int OVERDUE = 10;

  public ReportCard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(period, "period");
    figures = List.copyOf(figures);
    trend = List.copyOf(trend);
    busiestChannels = List.copyOf(busiestChannels);
    overdue = List.copyOf(overdue);
  }

  /** A labelled value, e.g. {@code Median first reply: 2h 30m}. */
  public record Figure(String label, String value) {}

  public static ReportCard of(WeeklyReport report) {
    PeriodHealth week = report.current();
    List<OverdueThread> overdue = report.overdue();
    return new ReportCard(
        "Thread health " + report.week(),
        ReportPeriods.describe(week, report.zone()),
        figures(week.workspace()),
        trend(report),
        week.channels().stream()
            .filter(c -> c.figures().threads() > 0)
            .limit(CHANNELS)
            .map(ReportCard::channelLine)
            .toList(),
        overdue.subList(0, Math.min(OVERDUE, overdue.size())),
        Math.max(0, overdue.size() - OVERDUE));
  }

  private static List<Figure> figures(Figures f) {
    List<Figure> out = new ArrayList<>();
    out.add(new Figure("Threads started", String.valueOf(f.threads())));
    out.add(
        new Figure(
            "Answered in window",
            f.answeredInWindow()
                + " of "
                + f.threads()
                + " ("
                + ReportText.percent(f.answeredInWindowShare())
                + ")"));
    out.add(new Figure("Median first reply", Durations.brief(f.medianFirstReply())));
    out.add(new Figure("p90 first reply", Durations.brief(f.p90FirstReply())));
    out.add(new Figure("Overdue open", String.valueOf(f.overdueOpen())));
    out.add(new Figure("Ghost threads", String.valueOf(f.ghosts())));
    out.add(
        new Figure("Resolved", f.resolved() + " (" + ReportText.percent(f.resolutionRate()) + ")"));
    out.add(new Figure("Without an owner", String.valueOf(f.withoutOwner())));
    out.add(new Figure("Long, no summary", f.longWithoutSummary() + " of " + f.longThreads()));
    out.add(
        new Figure(
            "Contributors", f.contributors() + " (" + f.firstTimeContributors() + " first-time)"));
    out.add(new Figure("Top 5 repliers' share", ReportText.percent(f.topFiveReplyShare())));
    out.add(new Figure("Pressure nudges", String.valueOf(f.pressureNudges())));
    out.add(new Figure("After-hours messages", String.valueOf(f.afterHoursMessages())));
    return out;
  }

  private static List<String> trend(WeeklyReport report) {
    String threads =
        report.trend().stream()
            .map(p -> String.valueOf(p.workspace().threads()))
            .collect(Collectors.joining(" · "));
    String inWindow =
        report.trend().stream()
            .map(p -> ReportText.percent(p.workspace().answeredInWindowShare()))
            .collect(Collectors.joining(" · "));
    String weeks = report.trend().get(0).label() + " to " + report.week();
    return List.of(
        "Threads started, " + weeks + ": " + threads,
        "Answered in window, " + weeks + ": " + inWindow);
  }

  private static String channelLine(ChannelFigures channel) {
    Figures f = channel.figures();
    return channel.label()
        + ": "
        + f.threads()
        + " threads, "
        + ReportText.percent(f.answeredInWindowShare())
        + " in window, median "
        + Durations.brief(f.medianFirstReply())
        + ", "
        + f.overdueOpen()
        + " overdue";
  }
}
