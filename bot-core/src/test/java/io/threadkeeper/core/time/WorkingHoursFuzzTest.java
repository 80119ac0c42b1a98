package io.threadkeeper.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.testing.FuzzTries;
import io.threadkeeper.core.testing.Garble;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whatever text is given as working hours ({@code /async hours}, {@code quiet-hours}, a workspace's
 * setting), {@link WorkingHours#parse} gives working hours that read back the same from their own
 * text, or a {@link WorkingHoursFormatException} with its problem; nothing else.
 *
 * <p>2,000 tries per property in the build; {@code -Dthreadkeeper.fuzz.tries=100000} for a long run
 * (README, Development).
 */
class WorkingHoursFuzzTest {
  private static final List<String> WORDS =
      List.of(
          "Mon",
          "Tue",
          "Wed",
          "Thu",
          "Fri",
          "Sat",
          "Sun",
          "mon",
          "MONDAY",
          "Mon-Fri",
          "Fri-Mon",
          "Sun-Sat",
          "09:00-17:00",
          "9:00-17:30",
          "22:00-06:00",
          "00:00-24:00",
          "17:00-09:00",
          "08:00-12:00,13:00-17:00",
          "24:00",
          "23:59",
          "25:00",
          "12:60",
          "9:5",
          "09:00",
          "-",
          ";",
          ",",
          "off",
          "Mon-Fri 09:00-17:00",
          "Sat 10:00-14:00");

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyTextIsWorkingHoursThatReadBackTheSameOrAFormatError(@ForAll("hours") String text) {
    WorkingHours hours;
    try {
      hours = WorkingHours.parse(text);
    } catch (WorkingHoursFormatException e) {
      assertThat(e.problem()).isNotBlank();
      return;
    }
    assertThat(hours.perWeek()).isBetween(Duration.ZERO, Duration.ofDays(7));
    assertThat(WorkingHours.parse(hours.toString())).isEqualTo(hours);
  }

  @Provide
  Arbitrary<String> hours() {
    return Garble.around(WORDS, 8);
  }
}
