package io.threadkeeper.core.time;

import static io.threadkeeper.core.time.Calendars.at;
import static io.threadkeeper.core.time.Calendars.calendar;
import static io.threadkeeper.core.time.Calendars.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
  @Test
  void fridayAfternoonInKolkataSkipsTheWeekendAndAMondayHoliday() {
    WorkingCalendar kolkata = calendar("Asia/Kolkata", "Mon-Fri 09:00-17:00", "2026-03-09");

    assertThat(kolkata.due(at("2026-03-06T11:00:00Z"), window("PT8H")))
        .isEqualTo(at("2026-03-10T11:00:00Z"));
    assertThat(kolkata.workingTimeBetween(at("2026-03-06T11:00:00Z"), at("2026-03-10T11:00:00Z")))
        .isEqualTo(window("PT8H"));
  }

  @Test
  void windowUsedUpExactlyAtAPeriodEndIsDueAtThatEndInKathmandu() {
    WorkingCalendar kathmandu = calendar("Asia/Kathmandu", "Mon-Fri 09:00-17:00");

    // 09:00 +05:45 on Friday 6 March is 03:15Z; 17:00 is 11:15Z.
    assertThat(kathmandu.due(at("2026-03-06T03:15:00Z"), window("PT8H")))
        .isEqualTo(at("2026-03-06T11:15:00Z"));
    assertThat(kathmandu.due(at("2026-03-06T03:15:00Z"), window("PT8H1M")))
        .isEqualTo(at("2026-03-09T03:16:00Z"));
  }

  @Test
  void zeroWindowWaitsForTheQuarterPastStartInEucla() {
    WorkingCalendar eucla = calendar("Australia/Eucla", "Mon-Fri 09:00-17:00");

    // 00:00Z is 08:45 +08:45; work starts at 09:00 local, 00:15Z.
    assertThat(eucla.nextWorkingInstant(at("2026-03-06T00:00:00Z")))
        .isEqualTo(at("2026-03-06T00:15:00Z"));
    assertThat(eucla.due(at("2026-03-06T00:00:00Z"), Duration.ZERO))
        .isEqualTo(at("2026-03-06T00:15:00Z"));
  }

  @Test
  void startExactlyAtAPeriodEndIsOutsideIt() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00");

    assertThat(utc.isWorking(at("2026-03-06T17:00:00Z"))).isFalse();
    assertThat(utc.isWorking(at("2026-03-06T16:59:59.999999999Z"))).isTrue();
    assertThat(utc.isWorking(at("2026-03-06T09:00:00Z"))).isTrue();
    assertThat(utc.isWorking(at("2026-03-06T08:59:59.999999999Z"))).isFalse();
    assertThat(utc.nextWorkingInstant(at("2026-03-06T17:00:00Z")))
        .isEqualTo(at("2026-03-09T09:00:00Z"));
    assertThat(utc.due(at("2026-03-06T17:00:00Z"), window("PT1S")))
        .isEqualTo(at("2026-03-09T09:00:01Z"));
  }

  @Test
  void zeroWindowInsideWorkingTimeIsTheStartItself() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00");

    assertThat(utc.due(at("2026-03-06T12:34:56.789Z"), Duration.ZERO))
        .isEqualTo(at("2026-03-06T12:34:56.789Z"));
    assertThat(utc.due(at("2026-03-06T16:00:00Z"), window("PT1H")))
        .isEqualTo(at("2026-03-06T17:00:00Z"));
  }

  @Test
  void holidaysOnBothSidesOfAWeekendAreSkipped() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00", "2026-03-06", "2026-03-09");

    assertThat(utc.due(at("2026-03-05T16:00:00Z"), window("PT2H")))
        .isEqualTo(at("2026-03-10T10:00:00Z"));
    assertThat(utc.workingTimeBetween(at("2026-03-05T00:00:00Z"), at("2026-03-11T00:00:00Z")))
        .isEqualTo(window("PT16H"));
  }

  @Test
  void leapDayIsAWorkingTuesdayUnlessItIsAHoliday() {
    assertThat(
            calendar("UTC", "Mon-Fri 09:00-17:00").due(at("2028-02-28T16:00:00Z"), window("PT8H")))
        .isEqualTo(at("2028-02-29T16:00:00Z"));
    assertThat(
            calendar("UTC", "Mon-Fri 09:00-17:00", "2028-02-29")
                .due(at("2028-02-28T16:00:00Z"), window("PT2H")))
        .isEqualTo(at("2028-03-01T10:00:00Z"));
  }

  @Test
  void overnightHoursBelongToTheDayTheyStartOnForHolidays() {
    WorkingCalendar nights = calendar("UTC", "Mon-Fri 22:00-06:00", "2026-03-06");

    assertThat(nights.isWorking(at("2026-03-06T03:00:00Z"))).as("Thursday's night").isTrue();
    assertThat(nights.isWorking(at("2026-03-06T23:00:00Z"))).as("Friday's night").isFalse();
    assertThat(nights.isWorking(at("2026-03-07T23:00:00Z"))).as("Saturday").isFalse();
    assertThat(nights.due(at("2026-03-06T05:00:00Z"), window("PT2H")))
        .isEqualTo(at("2026-03-09T23:00:00Z"));
  }

  @Test
  void overlappingRangesOfNeighbouringDaysCountOnce() {
    WorkingCalendar utc = calendar("UTC", "Mon 22:00-06:00; Tue 05:00-09:00");

    assertThat(utc.due(at("2026-03-02T22:00:00Z"), window("PT10H")))
        .isEqualTo(at("2026-03-03T08:00:00Z"));
    assertThat(utc.workingTimeBetween(at("2026-03-02T00:00:00Z"), at("2026-03-04T00:00:00Z")))
        .isEqualTo(window("PT11H"));
  }

  @Test
  void neighbourDayRangeStillWorksWhenTheOvernightDayIsAHoliday() {
    WorkingCalendar utc = calendar("UTC", "Mon 22:00-06:00; Tue 05:00-09:00", "2026-03-02");

    assertThat(utc.due(at("2026-03-02T22:00:00Z"), window("PT1H")))
        .isEqualTo(at("2026-03-03T06:00:00Z"));
  }

  @Test
  void windowOfExactlyTenWeeksEndsOnTheTenthFriday() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00");

    assertThat(utc.due(at("2026-03-02T09:00:00Z"), window("PT400H")))
        .isEqualTo(at("2026-05-08T17:00:00Z"));
    assertThat(utc.due(at("2026-03-02T09:00:00Z"), window("PT400H1M")))
        .isEqualTo(at("2026-05-11T09:01:00Z"));
  }

  @Test
  void tenYearWindowSkipsWholeWeeks() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00");
    LocalDate lastFriday = LocalDate.of(2026, 3, 2).plusWeeks(519).plusDays(4);

    assertThat(utc.due(at("2026-03-02T09:00:00Z"), Duration.ofHours(40 * 520)))
        .isEqualTo(lastFriday.atTime(17, 0).toInstant(ZoneOffset.UTC));
  }

  @Test
  void longWindowAcrossClockChangesAndHolidaysInBerlin() {
    WorkingCalendar berlin =
        calendar("Europe/Berlin", "Mon-Fri 09:00-17:00", "2026-04-03", "2026-04-06", "2026-12-25");

    // 2026: 261 weekdays minus the three holidays, 8 hours each, from 1 January 09:00 CET.
    assertThat(berlin.due(at("2026-01-01T08:00:00Z"), Duration.ofHours(8 * 258)))
        .isEqualTo(at("2026-12-31T16:00:00Z"));
    assertThat(berlin.workingTimeBetween(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")))
        .isEqualTo(Duration.ofHours(8 * 258));
  }

  @ParameterizedTest(name = "{0} {1}: {2} of work, first period {3}")
  @CsvSource({
    // Spring forward, 02:00 -> 03:00: the day and the night that span it are an hour shorter.
    "Europe/Berlin, Sun 00:00-24:00, 2026-03-29, PT23H, 2026-03-28T23:00:00Z",
    "Europe/Berlin, Sat 22:00-06:00, 2026-03-28, PT7H, 2026-03-28T21:00:00Z",
    "America/New_York, Sun 00:00-24:00, 2026-03-08, PT23H, 2026-03-08T05:00:00Z",
    "America/New_York, Sat 22:00-06:00, 2026-03-07, PT7H, 2026-03-08T03:00:00Z",
    "Australia/Sydney, Sun 00:00-24:00, 2026-10-04, PT23H, 2026-10-03T14:00:00Z",
    "Australia/Sydney, Sat 22:00-06:00, 2026-10-03, PT7H, 2026-10-03T12:00:00Z",
    // Santiago springs forward at midnight, so Saturday keeps 24 hours and Sunday has 23.
    "America/Santiago, Sat 00:00-24:00, 2026-09-05, PT24H, 2026-09-05T04:00:00Z",
    "America/Santiago, Sun 00:00-24:00, 2026-09-06, PT23H, 2026-09-06T04:00:00Z",
    "America/Santiago, Sat 22:00-06:00, 2026-09-05, PT7H, 2026-09-06T02:00:00Z",
    // Fall back: an hour longer.
    "Europe/Berlin, Sun 00:00-24:00, 2026-10-25, PT25H, 2026-10-24T22:00:00Z",
    "Europe/Berlin, Sat 22:00-06:00, 2026-10-24, PT9H, 2026-10-24T20:00:00Z",
    "America/New_York, Sun 00:00-24:00, 2026-11-01, PT25H, 2026-11-01T04:00:00Z",
    "America/New_York, Sat 22:00-06:00, 2026-10-31, PT9H, 2026-11-01T02:00:00Z",
    "Australia/Sydney, Sun 00:00-24:00, 2026-04-05, PT25H, 2026-04-04T13:00:00Z",
    "Australia/Sydney, Sat 22:00-06:00, 2026-04-04, PT9H, 2026-04-04T11:00:00Z",
    "America/Santiago, Sat 00:00-24:00, 2026-04-04, PT25H, 2026-04-04T03:00:00Z",
  })
  void periodSpanningAClockChangeCountsRealElapsedTime(
      String zone, String hours, LocalDate day, Duration length, String firstStart) {
    WorkingCalendar calendar = calendar(zone, hours);
    var from = day.minusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
    var to = day.plusDays(3).atStartOfDay(ZoneId.of(zone)).toInstant();

    assertThat(calendar.workingTimeBetween(from, to)).isEqualTo(length);
    assertThat(calendar.nextWorkingInstant(from)).isEqualTo(at(firstStart));
    assertThat(calendar.due(from, length)).isEqualTo(at(firstStart).plus(length));
  }

  @Test
  void startInASpringForwardGapMovesForwardByTheGap() {
    WorkingCalendar berlin = calendar("Europe/Berlin", "Sun 02:30-05:00");

    // 02:30 does not exist on 29 March; it is read as 03:30 CEST (01:30Z).
    assertThat(berlin.nextWorkingInstant(at("2026-03-29T00:00:00Z")))
        .isEqualTo(at("2026-03-29T01:30:00Z"));
    assertThat(berlin.due(at("2026-03-29T00:00:00Z"), window("PT1H30M")))
        .isEqualTo(at("2026-03-29T03:00:00Z"));
  }

  @Test
  void rangeInsideASpringForwardGapHasNoWorkingTimeThatDay() {
    WorkingCalendar berlin = calendar("Europe/Berlin", "Sun 02:00-03:00");

    assertThat(berlin.nextWorkingInstant(at("2026-03-29T00:00:00Z")))
        .isEqualTo(at("2026-04-05T00:00:00Z"));
  }

  @Test
  void timesInAnAutumnOverlapTakeTheEarlierOffsetForStartsAndEnds() {
    // 02:30 happens twice on 25 October in Berlin; the first one is 00:30Z.
    assertThat(
            calendar("Europe/Berlin", "Sun 02:30-04:00")
                .workingTimeBetween(at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z")))
        .isEqualTo(window("PT2H30M"));
    assertThat(
            calendar("Europe/Berlin", "Sun 02:30-04:00")
                .nextWorkingInstant(at("2026-10-25T00:00:00Z")))
        .isEqualTo(at("2026-10-25T00:30:00Z"));
    // 01:30 happens twice on 1 November in New York; the period ends at the first one.
    assertThat(
            calendar("America/New_York", "Sun 00:00-01:30")
                .workingTimeBetween(at("2026-10-31T00:00:00Z"), at("2026-11-02T00:00:00Z")))
        .isEqualTo(window("PT1H30M"));
  }

  @Test
  void workingTimeBetweenReversedInstantsIsNegative() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00");

    assertThat(utc.workingTimeBetween(at("2026-03-03T12:00:00Z"), at("2026-03-02T12:00:00Z")))
        .isEqualTo(window("-PT8H"));
    assertThat(utc.workingTimeBetween(at("2026-03-03T12:00:00Z"), at("2026-03-03T12:00:00Z")))
        .isZero();
  }

  @Test
  void refusesANegativeWindow() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.standard(ZoneOffset.UTC)
                    .due(at("2026-03-03T12:00:00Z"), window("-PT1M")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must not be negative, got PT-1M");
  }

  @Test
  void calendarWithoutWorkingTimeFailsInsteadOfSearchingForever() {
    Set<LocalDate> everyDay =
        LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2029, 1, 1)).collect(Collectors.toSet());
    WorkingCalendar closed = new WorkingCalendar(ZoneOffset.UTC, WorkingHours.DEFAULT, everyDay);

    assertThatThrownBy(() -> closed.due(at("2026-03-03T12:00:00Z"), window("PT1H")))
        .isInstanceOf(NoWorkingTimeException.class)
        .hasMessage(
            "no working time in the 732 days after 2026-03-03T12:00:00Z in Z;"
                + " check the working hours and holidays");
    assertThat(closed.workingTimeBetween(at("2026-03-03T12:00:00Z"), at("2030-01-01T00:00:00Z")))
        .isEqualTo(Duration.ofHours(8 * 261));
  }

  @Test
  void holidaysAreKeptInOrderAndCannotBeChanged() {
    WorkingCalendar utc = calendar("UTC", "Mon-Fri 09:00-17:00", "2026-12-25", "2026-01-01");

    assertThat(utc.holidays())
        .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25));
    assertThatThrownBy(() -> utc.holidays().add(LocalDate.of(2026, 5, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(utc).isEqualTo(calendar("UTC", "Mon-Fri 09:00-17:00", "2026-01-01", "2026-12-25"));
  }
}
