package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.report.ChannelFigures;
import io.threadkeeper.core.report.Figures;
import io.threadkeeper.core.report.OverdueThread;
import io.threadkeeper.core.report.PeriodHealth;
import io.threadkeeper.core.report.WeeklyReport;
import io.threadkeeper.core.store.testing.PostgresExtension;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The report over a hand-built week whose figures were counted by hand: 2026-W43 in Berlin, which
 * ends with the clocks going back on Sunday 25 October (169 hours). Workspace calendar: Berlin,
 * Mon-Fri 09:00-17:00; reply window 8 working hours.
 */
class WeeklyReportQueryIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final WorkspaceRef WORKSPACE = WorkspaceRef.parse("slack:T0123");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final IsoWeek W43 = IsoWeek.parse("2026-W43");

  @BeforeAll
  static void handBuiltWeek() {
    postgres.jdbi().useTransaction(ReportFixtureWeek::write);
  }

  private static WeeklyReport report(IsoWeek week, ZoneId reader) {
    return new WeeklyReportQuery(postgres.jdbi()).weekly(WORKSPACE, week, reader);
  }

  private static Figures channel(PeriodHealth week, String name) {
    return week.channels().stream()
        .filter(c -> c.name().equals(name))
        .map(ChannelFigures::figures)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theWeekOfTheClockChangeIs169HoursAndHoldsFiveThreads() {
    PeriodHealth week = report(W43, BERLIN).current();

    assertThat(week.length()).isEqualTo(Duration.ofHours(169));
    Figures all = week.workspace();
    assertThat(all.threads()).isEqualTo(5);
    assertThat(all.answered()).isEqualTo(4);
    // T4 was answered after its explicit due date; T2 inside its window across the weekend.
    assertThat(all.answeredInWindow()).isEqualTo(3);
    assertThat(all.ghosts()).isEqualTo(1);
    assertThat(all.replies()).isEqualTo(29);
    assertThat(all.longThreads()).isEqualTo(1);
    assertThat(all.longWithoutSummary()).isEqualTo(1);
    assertThat(all.withoutOwner()).isEqualTo(1);
    assertThat(all.overdueOpen()).isEqualTo(1);
    assertThat(all.resolved()).isEqualTo(2);
    assertThat(all.resolutionRate()).isEqualTo(0.4);
  }

  @Test
  void timeToFirstReplyCountsBusinessHoursOnly() {
    PeriodHealth week = report(W43, BERLIN).current();

    // 0 h (Saturday), 2.5 h, 3 h (Friday 16:00 to Monday 11:00), 3 h.
    assertThat(week.workspace().medianFirstReply()).isEqualTo(Duration.ofMinutes(165));
    assertThat(week.workspace().p90FirstReply()).isEqualTo(Duration.ofHours(3));
    assertThat(channel(week, "planning").medianFirstReply()).isEqualTo(Duration.ofHours(3));
    assertThat(channel(week, "ops").medianFirstReply()).isEqualTo(Duration.ZERO);
  }

  @Test
  void participationCountsPeopleNotBotsAndFindsTheFirstTimers() {
    PeriodHealth week = report(W43, BERLIN).current();

    assertThat(week.workspace().contributors()).isEqualTo(5);
    assertThat(week.workspace().firstTimeContributors()).isEqualTo(2);
    assertThat(week.workspace().topFiveReplyShare()).isEqualTo(1.0);
    assertThat(channel(week, "planning").contributors()).isEqualTo(4);
    assertThat(channel(week, "planning").firstTimeContributors()).isEqualTo(1);
    assertThat(channel(week, "ops").firstTimeContributors()).isEqualTo(1);
  }

  @Test
  void nudgesAfterHoursMessagesAndShadowModeAreCounted() {
    WeeklyReport report = report(W43, BERLIN);

    assertThat(report.current().workspace().pressureNudges()).isEqualTo(1);
    assertThat(channel(report.current(), "planning").pressureNudges()).isEqualTo(1);
    // Monday 21:00 in #planning; Saturday's root and reply in #ops.
    assertThat(channel(report.current(), "planning").afterHoursMessages()).isEqualTo(1);
    assertThat(channel(report.current(), "ops").afterHoursMessages()).isEqualTo(2);
    assertThat(report.current().workspace().afterHoursMessages()).isEqualTo(3);
    assertThat(report.shadowed()).isEqualTo(Map.of("pressure_nudge", 1, "reminder", 1));
  }

  @Test
  void onlyTheGhostIsOverdueAtTheWeeksEndWhileFridaysThreadStillHasTime() {
    WeeklyReport report = report(W43, BERLIN);

    assertThat(report.overdue())
        .extracting(OverdueThread::label)
        .containsExactly("#planning · 1792573200.000300");
  }

  @Test
  void theTrendHasEightWeeksEndingWithTheReportsWeek() {
    WeeklyReport report = report(IsoWeek.parse("2026-W44"), BERLIN);

    assertThat(report.trend())
        .extracting(PeriodHealth::label)
        .containsExactly(
            "2026-W37",
            "2026-W38",
            "2026-W39",
            "2026-W40",
            "2026-W41",
            "2026-W42",
            "2026-W43",
            "2026-W44");
    assertThat(report.trend()).extracting(w -> w.workspace().threads()).endsWith(0, 5, 0);
    assertThat(report.trend().get(5).workspace().contributors()).isEqualTo(3);
    assertThat(report.current().workspace().overdueOpen()).isEqualTo(1);
  }

  @Test
  void aSundayNightThreadBelongsToTheReadersOwnWeek() {
    // T6 opened Sunday 1 November 23:30 UTC: still Sunday in Los Angeles, Monday in Tokyo.
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");

    WeeklyReport west = report(IsoWeek.parse("2026-W44"), losAngeles);
    assertThat(west.current().workspace().threads()).isEqualTo(1);
    // Los Angeles leaves daylight time on 1 November, inside its week 44.
    assertThat(west.current().length()).isEqualTo(Duration.ofHours(169));
    assertThat(report(IsoWeek.parse("2026-W44"), tokyo).current().workspace().threads()).isZero();
    assertThat(report(IsoWeek.parse("2026-W45"), tokyo).current().workspace().threads())
        .isEqualTo(1);
    assertThat(report(IsoWeek.parse("2026-W45"), tokyo).current().length())
        .isEqualTo(Duration.ofHours(168));
    // Saturday's T5 is still week 43 in Tokyo, where that week began 9 hours ahead of UTC.
    assertThat(report(W43, tokyo).current().workspace().threads()).isEqualTo(5);
  }
}
