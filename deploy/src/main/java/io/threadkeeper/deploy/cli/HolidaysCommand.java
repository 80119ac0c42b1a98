package io.threadkeeper.deploy.cli;

import io.threadkeeper.core.holiday.HolidayCalendarException;
import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.HolidayRefresh;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.config.Configuration;
import io.threadkeeper.deploy.config.DataSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper holidays}: a workspace's own iCalendar of holidays. */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    description = {
      "Sets a workspace's holiday calendar: an iCalendar URL or file whose all-day events are"
          + " holidays (no reply window runs on them). It is read at once, then refreshed daily by"
          + " the bot; prints the holidays found. Workspaces without one use"
          + " holidays-ical (THREADKEEPER_HOLIDAYS_ICAL), and the dates in holidays"
          + " (THREADKEEPER_HOLIDAYS) apply to all."
    })
public final class HolidaysCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(
      names = "--workspace",
      required = true,
      paramLabel = "KEY",
      description = "The workspace, e.g. slack:T0123 or discord:8123456789.")
  String workspace;

  @Option(
      names = "--ical",
      required = true,
      paramLabel = "URL|FILE",
      description = "The calendar, e.g. https://calendar.example.org/holidays.ics or a file path.")
  String ical;

  @Override
  public Integer call() throws Exception {
    WorkspaceRef ref = WorkspaceRef.parse(workspace);
    HolidaySource source = new HolidaySource(ical);
    DataSettings data = Configuration.readData(database.sources());
    try (DatabaseTarget.Opened opened = database.openMain(System.err)) {
      HolidayRefresh refresh =
          new HolidayRefresh(
              opened.database().jdbi(), Clock.systemUTC(), data.holidayCalendar(), data.holidays());
      Set<LocalDate> holidays;
      try {
        holidays = refresh.useCalendar(ref, source);
      } catch (HolidayCalendarException | IOException e) {
        throw new IllegalArgumentException(
            "--ical: " + source + " could not be read (" + e.getMessage() + ")", e);
      }
      System.out.println(ref.key() + " now takes its holidays from " + source + ":");
      holidays.forEach(day -> System.out.println("  " + day));
    }
    return 0;
  }
}
