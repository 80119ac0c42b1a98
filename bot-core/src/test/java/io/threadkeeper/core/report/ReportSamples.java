package io.threadkeeper.core.report;

import io.threadkeeper.core.command.IsoWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small reports for renderer tests: eight weeks with figures that vary from week to week. */
public final class ReportSamples {
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private ReportSamples() {}

  public static WeeklyReport eightWeeks() {
    IsoWeek week = IsoWeek.parse("2026-W47");
    List<PeriodHealth> trend = new ArrayList<>();
    for (int back = 7; back >= 0; back--) {
      IsoWeek each = week.minusWeeks(back);
      int n = 8 - back;
      trend.add(
          new PeriodHealth(
              each.toString(),
              each.monday().atStartOfDay(BERLIN).toInstant(),
              each.monday().plusWeeks(1).atStartOfDay(BERLIN).toInstant(),
              figures(n * 3, n),
              List.of(
                  new ChannelFigures("C1", "planning", false, false, figures(n * 2, n)),
                  new ChannelFigures("C2", "ops, \"night\" <shift>", true, false, figures(n, 0)))));
    }
    return new WeeklyReport(
        "slack:T0123",
        BERLIN,
        week,
        trend,
        List.of(
            new OverdueThread(
                "planning",
                "1790000000.000100",
                trend.get(7).from().plusSeconds(3600),
                trend.get(7).from().plusSeconds(7200),
                "C1")),
        Map.of("reminder", 2, "pressure_nudge", 1));
  }

  public static Figures figures(int threads, int hours) {
    Duration median = hours == 0 ? null : Duration.ofMinutes(hours * 60L + 30);
    return new Figures(
        threads,
        threads * 2 / 3,
        threads / 2,
        threads / 3,
        threads * 4,
        1,
        1,
        0,
        2,
        threads / 4,
        median,
        median == null ? null : median.multipliedBy(3),
        threads + 1,
        1,
        0.625,
        hours % 3,
        hours);
  }
}
