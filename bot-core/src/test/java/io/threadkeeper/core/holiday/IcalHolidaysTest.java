package io.threadkeeper.core.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IcalHolidaysTest {
  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2028, 1, 1);

  static String calendar(String... events) {
    StringBuilder ics =
        new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//threadkeeper//test//EN\r\n");
    for (String event : events) {
      ics.append("BEGIN:VEVENT\r\n").append(event).append("END:VEVENT\r\n");
    }
    return ics.append("END:VCALENDAR\r\n").toString();
  }

  private static Set<LocalDate> read(String ics) throws Exception {
    return IcalHolidays.read(
        new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), FROM, UNTIL);
  }

  @Test
  void anAllDayEventIsAHolidayOnItsDateAndAMultiDayOneUpToItsExclusiveEnd() throws Exception {
    Set<LocalDate> holidays =
        read(
            calendar(
                "UID:1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260309\r\n"
                    + "SUMMARY:Founders' day\r\n",
                "UID:2\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20261224\r\n"
                    + "DTEND;VALUE=DATE:20261227\r\nSUMMARY:Winter break\r\n"));

    assertThat(holidays)
        .containsExactly(
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26));
  }

  @Test
  void aYearlyHolidayRecursInsideTheWindowAndATimedEventIsNoHoliday() throws Exception {
    Set<LocalDate> holidays =
        read(
            calendar(
                "UID:3\r\nDTSTAMP:20200101T000000Z\r\nDTSTART;VALUE=DATE:20200501\r\n"
                    + "RRULE:FREQ=YEARLY\r\nSUMMARY:Labour day\r\n",
                "UID:4\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260310T090000Z\r\n"
                    + "DTEND:20260310T100000Z\r\nSUMMARY:Board meeting\r\n"));

    assertThat(holidays).containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1));
  }

  @Test
  void textThatIsNotICalendarIsACalendarError() {
    assertThatThrownBy(() -> read("<html>login required</html>"))
        .isInstanceOf(HolidayCalendarException.class)
        .hasMessageStartingWith("not an iCalendar document");
  }
}
