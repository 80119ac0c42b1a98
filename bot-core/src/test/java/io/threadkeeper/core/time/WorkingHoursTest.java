package io.threadkeeper.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTest {
  @Test
  void defaultIsMondayToFridayNineToFive() {
    assertThat(WorkingHours.DEFAULT.toString()).isEqualTo("Mon-Fri 09:00-17:00");
    assertThat(WorkingHours.DEFAULT.perWeek()).isEqualTo(Duration.ofHours(40));
    assertThat(WorkingHours.DEFAULT.rangesOn(DayOfWeek.SATURDAY)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mon-Fri 09:00-17:00 | Mon-Fri 09:00-17:00",
        "Wed 10:00-11:00 | Wed 10:00-11:00",
        "Mon,Wed,Fri 08:00-12:00 | Mon,Wed,Fri 08:00-12:00",
        "Mon-Wed,Fri 08:00-12:00 | Mon-Wed,Fri 08:00-12:00",
        "Sat,Sun 10:00-14:00 | Sat,Sun 10:00-14:00",
        "Sun-Thu 08:00-16:00 | Sun-Thu 08:00-16:00",
        "Fri-Mon 08:00-16:00 | Fri-Mon 08:00-16:00",
        "Mon-Sun 00:00-24:00 | Mon-Sun 00:00-24:00",
        "Mon-Mon 09:00-10:00 | Mon 09:00-10:00",
        "mon-FRI 9:00-17:00 | Mon-Fri 09:00-17:00",
        "  Mon - Fri   09:00 - 12:00 , 13:00 - 17:00 ;Sat 10:00-12:00  "
            + " | Mon-Fri 09:00-12:00,13:00-17:00; Sat 10:00-12:00",
        "Mon-Fri 13:00-17:00,08:00-12:00 | Mon-Fri 08:00-12:00,13:00-17:00",
        "Mon-Fri 09:00-12:00,11:00-17:00 | Mon-Fri 09:00-17:00",
        "Mon-Fri 09:00-12:00,12:00-17:00 | Mon-Fri 09:00-17:00",
        "Mon-Fri 09:00-17:00; Wed 18:00-20:00"
            + " | Mon,Tue,Thu,Fri 09:00-17:00; Wed 09:00-17:00,18:00-20:00",
        "Mon-Fri 09:00-17:00; Mon-Fri 09:00-17:00 | Mon-Fri 09:00-17:00",
        "Mon-Fri 22:00-06:00 | Mon-Fri 22:00-06:00",
        "Tue 09:00-09:00 | Tue 09:00-09:00",
        "Tue 00:00-00:00 | Tue 00:00-24:00",
        "Tue 18:00-24:00 | Tue 18:00-24:00",
        "Mon 00:00-24:00,22:00-06:00 | Mon 00:00-24:00,06:00-06:00",
      })
  void readsEveryFormIntoItsCanonicalText(String text, String canonical) {
    WorkingHours hours = WorkingHours.parse(text);

    assertThat(hours).hasToString(canonical);
    assertThat(WorkingHours.parse(canonical)).isEqualTo(hours).hasSameHashCodeAs(hours);
  }

  @Test
  void rangeWhoseEndIsNotAfterItsStartRunsPastMidnightOnTheDayItStarts() {
    WorkingHours hours = WorkingHours.parse("Fri 22:00-06:00; Sat 09:00-09:00");

    assertThat(hours.rangesOn(DayOfWeek.FRIDAY)).containsExactly(new DailyRange(1320, 1800));
    assertThat(hours.rangesOn(DayOfWeek.SATURDAY)).containsExactly(new DailyRange(540, 1980));
  }

  @Test
  void rangesLongerThanADayStayMergedOnTheirStartDay() {
    WorkingHours hours = WorkingHours.parse("Mon 00:00-24:00,22:00-06:00");

    assertThat(hours.rangesOn(DayOfWeek.MONDAY)).isEqualTo(List.of(new DailyRange(0, 1800)));
    assertThat(hours.perWeek()).isEqualTo(Duration.ofHours(30));
  }

  @Test
  void weeklyWorkingTimeCountsOverlapsAcrossDaysOnceAndWrapsSundayNightIntoMonday() {
    assertThat(WorkingHours.parse("Sun 22:00-06:00; Mon 00:00-02:00").perWeek())
        .isEqualTo(Duration.ofHours(8));
    assertThat(WorkingHours.parse("Mon-Sun 00:00-24:00").perWeek()).isEqualTo(Duration.ofDays(7));
    assertThat(WorkingHours.parse("Mon-Fri 09:00-12:00,13:30-17:00").perWeek())
        .isEqualTo(Duration.ofMinutes(5 * 390));
  }

  @ParameterizedTest(name = "\"{0}\" is refused: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | it is empty",
        "'   ' | it is empty",
        "Mon-Fri 09:00-17:00; | a group between ';' separators is empty",
        "; Mon 09:00-10:00 | a group between ';' separators is empty",
        "Mon-Fri | group \"Mon-Fri\" needs days followed by time ranges",
        "09:00-17:00 | group \"09:00-17:00\" needs days followed by time ranges",
        "Mon-Fri 09:00-17:00 Sat 10:00-12:00 | has more than days and ranges",
        "Mon-Fry 09:00-17:00 | unknown day \"Fry\" (use Mon, Tue, Wed, Thu, Fri, Sat or Sun)",
        "Monday 09:00-17:00 | unknown day \"Monday\"",
        "Mon-Tue-Wed 09:00-17:00 | \"Mon-Tue-Wed\" is not a list of days",
        "Mon,,Wed 09:00-17:00 | \"Mon,,Wed\" is not a list of days",
        "Mon-,Wed 09:00-17:00 | \"Mon-,Wed\" is not a list of days",
        "Mon-Fri 09:00 | \"09:00\" is not a time range such as \"09:00-17:00\"",
        "Mon-Fri 09:00-12:00-13:00 | \"09:00-12:00-13:00\" is not a time range",
        "Mon-Fri 09:00-12:00, | \"\" is not a time range",
        "Mon-Fri 9am-5pm | \"9am\" is not a time such as \"09:00\"",
        "Mon-Fri 09.00-17.00 | \"09.00\" is not a time such as \"09:00\"",
        "Mon-Fri 25:00-26:00 | \"25:00\" is not a time of day",
        "Mon-Fri 09:60-17:00 | \"09:60\" is not a time of day",
        "Mon-Fri 09:00-24:30 | \"24:30\" is not a time of day",
        "Mon-Fri 24:00-06:00 | 24:00 may only end a range, not start one",
      })
  void refusesTextThatBreaksTheGrammarNamingTheFaultAndTheExpectedForm(
      String text, String problem) {
    assertThatThrownBy(() -> WorkingHours.parse(text))
        .isInstanceOf(WorkingHoursFormatException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid working hours \"" + text + "\": ")
        .hasMessageContaining(problem)
        .hasMessageEndingWith(
            "expected a form such as \"Mon-Fri 09:00-17:00\""
                + " or \"Mon,Wed,Fri 08:00-12:00,13:00-17:00; Sat 10:00-14:00\"");
  }

  @Test
  void refusesNullAsEmpty() {
    assertThatThrownBy(() -> WorkingHours.parse(null))
        .isInstanceOfSatisfying(
            WorkingHoursFormatException.class,
            e -> assertThat(e.problem()).isEqualTo("it is empty"));
  }
}
