package io.threadkeeper.core.store;

import io.threadkeeper.core.command.IsoWeek;
import io.threadkeeper.core.report.ReportText;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Answers {@code /async report [week]} with the thread-health text for one ISO week in the
 * workspace's zone; by default the last complete week. Thread-safe.
 */
final class ReportCommand {
  private final WeeklyReportQuery health;
  private final Clock clock;

  ReportCommand(WeeklyReportQuery health, Clock clock) {
    this.health = health;
    this.clock = clock;
  }

  String answer(Invocation call, Optional<IsoWeek> week) {
    ZoneId zone = ZoneId.of(call.commands().workspaceZone(call.workspaceId()));
    IsoWeek shown = week.orElseGet(() -> lastCompleteWeek(LocalDate.now(clock.withZone(zone))));
    return ReportText.render(health.weekly(call.workspace(), shown, zone));
  }

  static IsoWeek lastCompleteWeek(LocalDate today) {
    LocalDate lastMonday =
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    return new IsoWeek(
        lastMonday.get(IsoFields.WEEK_BASED_YEAR),
        lastMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
