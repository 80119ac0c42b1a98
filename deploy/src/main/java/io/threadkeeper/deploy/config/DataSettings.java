package io.threadkeeper.deploy.config;

import static io.threadkeeper.deploy.ConfigurationKeys.HOLIDAYS;
import static io.threadkeeper.deploy.ConfigurationKeys.HOLIDAYS_ICAL;
import static io.threadkeeper.deploy.ConfigurationKeys.RETENTION_AUDIT_DAYS;
import static io.threadkeeper.deploy.ConfigurationKeys.RETENTION_HISTORY_DAYS;
import static io.threadkeeper.deploy.ConfigurationKeys.RETENTION_INBOX_DAYS;

import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.store.RetentionPolicy;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * How long data is kept and where holidays come from: the {@code retention} and {@code holidays}
 * sections of the configuration.
 *
 * @param holidayCalendar the iCalendar of every workspace that has none of its own
 * @param holidays dates that are holidays in every workspace
 */
public record DataSettings(
    RetentionPolicy retention, Optional<HolidaySource> holidayCalendar, Set<LocalDate> holidays) {

  public DataSettings {
    holidays = Set.copyOf(holidays);
  }

  /** The defaults: {@link RetentionPolicy#defaults()}, no holidays. */
  public static DataSettings defaults() {
    return new DataSettings(RetentionPolicy.defaults(), Optional.empty(), Set.of());
  }

  /** Reads the section; bad values are problems of {@code values}. */
  static DataSettings read(SettingValues values) {
    RetentionPolicy retention =
        new RetentionPolicy(
            values.days(RETENTION_INBOX_DAYS),
            values.days(RETENTION_HISTORY_DAYS),
            values.days(RETENTION_AUDIT_DAYS));
    return new DataSettings(
        retention, values.text(HOLIDAYS_ICAL).map(HolidaySource::new), values.dates(HOLIDAYS));
  }
}
