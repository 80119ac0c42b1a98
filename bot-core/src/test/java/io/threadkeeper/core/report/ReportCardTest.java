package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportCardTest {
  private final ReportCard card = ReportCard.of(ReportSamples.eightWeeks());

  @Test
  void theWeeksFiguresAreLabelledInReadingOrder() {
    // Week 47 of the samples: 24 threads, 12 in window, median 8h 30m.
    assertThat(card.title()).isEqualTo("Thread health 2026-W47");
    assertThat(card.figures())
        .startsWith(
            new ReportCard.Figure("Threads started", "24"),
            new ReportCard.Figure("Answered in window", "12 of 24 (50%)"),
            new ReportCard.Figure("Median first reply", "8h 30m"));
    assertThat(card.figures()).contains(new ReportCard.Figure("Contributors", "25 (1 first-time)"));
  }

  @Test
  void theTrendRunsOldestFirstAndTheBusiestChannelLeads() {
    assertThat(card.trend().get(0))
        .isEqualTo("Threads started, 2026-W40 to 2026-W47: 3 · 6 · 9 · 12 · 15 · 18 · 21 · 24");
    assertThat(card.busiestChannels().get(0)).startsWith("#planning: 16 threads");
    assertThat(card.overdue()).extracting(OverdueThread::channelKey).containsExactly("C1");
    assertThat(card.moreOverdue()).isZero();
  }
}
