package io.threadkeeper.core.store;

import io.threadkeeper.core.holiday.HolidayCalendarException;
import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.holiday.IcalHolidays;
import io.threadkeeper.core.model.WorkspaceRef;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes each workspace's holidays: the operator's list of dates for every workspace, plus the
 * all-day events of the workspace's iCalendar (its {@code holidays_ical} setting, else the
 * operator's default calendar), from a month back to two years ahead. A calendar that cannot be
 * read keeps the dates of its last good reading. The business-time arithmetic adds these to the
 * workspace's own {@code holidays} list.
 *
 * <p>Thread-safe.
 */
public final class HolidayRefresh {
  static final String FROM_ICAL = "ical";
  static final String FROM_CONFIGURATION = "configuration";
  private static final Logger log = LoggerFactory.getLogger(HolidayRefresh.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final Optional<HolidaySource> defaultCalendar;
  private final Set<LocalDate> defaultDates;

  public HolidayRefresh(
      Jdbi jdbi,
      Clock clock,
      Optional<HolidaySource> defaultCalendar,
      Set<LocalDate> defaultDates) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.defaultCalendar = defaultCalendar;
    this.defaultDates = Set.copyOf(defaultDates);
  }

  /** Refreshes every workspace; returns how many calendars could not be read. */
  public int refreshAll() {
    int failed = 0;
    for (HolidayStore.WorkspaceCalendar workspace :
        jdbi.withExtension(HolidayStore.class, HolidayStore::workspaces)) {
      if (!refresh(workspace)) {
        failed++;
      }
    }
    return failed;
  }

  /**
   * Sets {@code workspace}'s own calendar and refreshes it at once.
   *
   * @return the workspace's holidays from the table, after the refresh
   * @throws IllegalArgumentException if there is no such workspace
   * @throws HolidayCalendarException if the calendar cannot be read (nothing is changed)
   */
  public Set<LocalDate> useCalendar(WorkspaceRef workspace, HolidaySource source)
      throws HolidayCalendarException, IOException {
    read(source);
    String json = StoreJson.mapper().valueToTree(source.location()).toString();
    int updated =
        jdbi.withExtension(
            HolidayStore.class,
            store ->
                store.configure(
                    workspace.platform().key(), workspace.externalId(), "{holidays_ical}", json));
    if (updated == 0) {
      throw new IllegalArgumentException("no workspace " + workspace.key() + " in this database");
    }
    HolidayStore.WorkspaceCalendar row =
        jdbi.withExtension(HolidayStore.class, HolidayStore::workspaces).stream()
            .filter(w -> w.platform().equals(workspace.platform().key()))
            .filter(w -> w.externalId().equals(workspace.externalId()))
            .findFirst()
            .orElseThrow();
    refresh(row);
    List<LocalDate> dates = jdbi.withExtension(HolidayStore.class, s -> s.dates(row.id()));
    return new TreeSet<>(dates);
  }

  /** Whether the workspace's calendar, if it has one, could be read. */
  private boolean refresh(HolidayStore.WorkspaceCalendar workspace) {
    Optional<HolidaySource> source =
        Optional.ofNullable(workspace.ical())
            .filter(location -> !location.isBlank())
            .map(HolidaySource::new)
            .or(() -> defaultCalendar);
    Optional<Set<LocalDate>> fromCalendar = Optional.empty();
    boolean readable = true;
    if (source.isPresent()) {
      try {
        fromCalendar = Optional.of(read(source.get()));
      } catch (HolidayCalendarException | IOException e) {
        readable = false;
        log.warn(
            "holidays of {}:{} kept as they were: {} could not be read ({})",
            workspace.platform(),
            workspace.externalId(),
            source.get(),
            e.getClass().getSimpleName());
      }
    }
    store(workspace.id(), fromCalendar, source.isEmpty());
    return readable;
  }

  private void store(long workspaceId, Optional<Set<LocalDate>> fromCalendar, boolean noCalendar) {
    jdbi.useTransaction(
        h -> {
          HolidayStore store = h.attach(HolidayStore.class);
          store.clear(workspaceId, FROM_CONFIGURATION);
          store.insert(workspaceId, defaultDates, FROM_CONFIGURATION);
          if (fromCalendar.isPresent() || noCalendar) {
            store.clear(workspaceId, FROM_ICAL);
            store.insert(workspaceId, fromCalendar.orElse(Set.of()), FROM_ICAL);
          }
        });
  }

  private Set<LocalDate> read(HolidaySource source) throws HolidayCalendarException, IOException {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    try (InputStream in = source.open()) {
      return IcalHolidays.read(in, today.minusDays(31), today.plusYears(2));
    }
  }
}
