package io.threadkeeper.core.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.Duration;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report's 8-week trends as inline SVG (JFreeChart onto JFreeSVG): no script, no external
 * reference. Stateless.
 */
public final class TrendChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 280;

  private TrendChart() {}

  /** Threads started against threads answered inside their reply window, week by week. */
  public static String threads(WeeklyReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PeriodHealth week : report.trend()) {
      data.addValue(week.workspace().threads(), "threads started", shortLabel(week));
      data.addValue(week.workspace().answeredInWindow(), "answered in window", shortLabel(week));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            "Threads started and answered in window",
            null,
            "threads",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    return svg(chart, "threads");
  }

  /** Median and p90 time to first reply in business hours, week by week. */
  public static String firstReply(WeeklyReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PeriodHealth week : report.trend()) {
      data.addValue(hours(week.workspace().medianFirstReply()), "median", shortLabel(week));
      data.addValue(hours(week.workspace().p90FirstReply()), "p90", shortLabel(week));
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            "Time to first reply (business hours)",
            null,
            "hours",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    return svg(chart, "first-reply");
  }

  private static String shortLabel(PeriodHealth week) {
    // "W47" fits under a bar where "2026-W47" would be cut to "20...".
    int w = week.label().indexOf('W');
    return w < 0 ? week.label() : week.label().substring(w);
  }

  private static Double hours(Duration duration) {
    // A week without answered threads leaves a gap in the line rather than a false zero.
    return duration == null ? null : duration.toMinutes() / 60.0;
  }

  private static String svg(JFreeChart chart, String id) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(new Color(0xf7, 0xf7, 0xf7));
    plot.getRenderer().setSeriesPaint(0, new Color(0x4e, 0x79, 0xa7));
    plot.getRenderer().setSeriesPaint(1, new Color(0xf2, 0x8e, 0x2b));
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    // Two charts share one page: distinct prefixes keep their clip-path ids apart.
    g2.setDefsKeyPrefix(id + "-");
    chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    String svg =
        g2.getSVGElement("chart-" + id, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    // JFreeSVG declares namespaces a chart never uses; dropping them leaves only the SVG one.
    return svg.replace(" xmlns:xlink='http://www.w3.org/1999/xlink'", "")
        .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
  }
}
