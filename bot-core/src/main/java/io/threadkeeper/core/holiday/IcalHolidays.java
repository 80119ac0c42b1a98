package io.threadkeeper.core.holiday;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/**
 * Reads the holidays of an iCalendar (RFC 5545) document with ical4j: every all-day event ({@code
 * DTSTART;VALUE=DATE}) makes its dates holidays, from its start up to its exclusive end, and a
 * recurring one ({@code RRULE:FREQ=YEARLY}) each of its occurrences. Events with a time of day are
 * appointments, not holidays, and are left out. Stateless and thread-safe.
 */
public final class IcalHolidays {
  private IcalHolidays() {}

  /**
   * The holidays of the calendar in {@code in} that fall on {@code from} or later and before {@code
   * until}.
   *
   * @throws HolidayCalendarException if the document is not iCalendar
   */
  public static Set<LocalDate> read(InputStream in, LocalDate from, LocalDate until)
      throws HolidayCalendarException, IOException {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(in);
    } catch (ParserException | RuntimeException e) {
      throw new HolidayCalendarException("not an iCalendar document: " + e.getMessage(), e);
    }
    Set<LocalDate> holidays = new TreeSet<>();
    for (CalendarComponent component : calendar.getComponents()) {
      if (component instanceof VEvent event && isAllDay(event)) {
        holidays.addAll(dates(event, from, until));
      }
    }
    return holidays;
  }

  private static boolean isAllDay(VEvent event) {
    Optional<DtStart<Temporal>> start = event.getProperty(Property.DTSTART);
    return start.isPresent() && start.get().getDate() instanceof LocalDate;
  }

  private static Set<LocalDate> dates(VEvent event, LocalDate from, LocalDate until) {
    Set<LocalDate> dates = new TreeSet<>();
    Set<Period<LocalDate>> occurrences = event.calculateRecurrenceSet(new Period<>(from, until));
    for (Period<LocalDate> occurrence : occurrences) {
      LocalDate day = occurrence.getStart();
      // DTEND of an all-day event is exclusive; an event without one lasts its start day.
      LocalDate end = occurrence.getEnd().isAfter(day) ? occurrence.getEnd() : day.plusDays(1);
      for (; day.isBefore(end); day = day.plusDays(1)) {
        if (!day.isBefore(from) && day.isBefore(until)) {
          dates.add(day);
        }
      }
    }
    return dates;
  }
}
