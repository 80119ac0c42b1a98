package io.threadkeeper.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.testing.FuzzTries;
import io.threadkeeper.core.testing.Garble;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The duration, time zone and ISO week readers give, for any text, a value or their documented
 * error ({@link ArgumentProblem} for the first two, {@link IllegalArgumentException} for {@link
 * IsoWeek}); never anything else, and a value reads back the same from its own text.
 *
 * <p>2,000 tries per property in the build; {@code -Dthreadkeeper.fuzz.tries=100000} for a long run
 * (README, Development).
 */
class GrammarFuzzTest {
  private static final String USAGE = "Usage: /async test";

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyTextIsANonNegativeDurationOrAProblem(
      @ForAll("durations") String text, @ForAll DurationGrammar.Scale scale) {
    Duration duration;
    try {
      duration = DurationGrammar.read(text, scale, USAGE);
    } catch (ArgumentProblem e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.rejected().usage()).isEqualTo(USAGE);
      return;
    }
    assertThat(duration).isNotNull();
    assertThat(DurationGrammar.describe(duration)).isNotBlank();
  }

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyTextIsATimeZoneOrAProblem(@ForAll("zones") String text) {
    ZoneId zone;
    try {
      zone = ZoneGrammar.read(text, USAGE);
    } catch (ArgumentProblem e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("<@", "<!");
      return;
    }
    assertThat(ZoneId.of(zone.getId())).isEqualTo(zone);
  }

  @Property
  @AddLifecycleHook(FuzzTries.class)
  void anyTextIsAnIsoWeekThatReadsBackOrAnIllegalArgument(@ForAll("weeks") String text) {
    IsoWeek week;
    try {
      week = IsoWeek.parse(text);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(IsoWeek.parse(week.toString())).isEqualTo(week);
    assertThat(IsoWeek.containing(week.monday())).isEqualTo(week);
  }

  @Provide
  Arbitrary<String> durations() {
    return Garble.around(
        List.of(
            "30m",
            "2h",
            "1d",
            "1w",
            "1h30m",
            "1w2d3h4m",
            "999999999w",
            "999999999d",
            "PT2H",
            "P1D",
            "-PT2H",
            "PT-2H",
            "P1Y",
            "P1M",
            "PT0S",
            "pt1h",
            "P999999999999D",
            "0m",
            "m",
            "h",
            "d",
            "w",
            "1",
            "1.5h",
            "PT1.5H",
            "PT"),
        3);
  }

  @Provide
  Arbitrary<String> zones() {
    return Garble.around(
        List.of(
            "Europe/Berlin",
            "europe/berlin",
            "Asia/Kolkata",
            "America/St_Johns",
            "UTC",
            "GMT",
            "UT",
            "Z",
            "UTC+2",
            "UTC-18",
            "UTC+19",
            "+05:30",
            "-0545",
            "+24",
            "GMT+99:99",
            "PST",
            "CET",
            "IST",
            "Etc/GMT+5",
            "Europe/Berln",
            "SystemV/EST5",
            "/",
            "Europe/"),
        2);
  }

  @Provide
  Arbitrary<String> weeks() {
    return Garble.around(
        List.of(
            "2026-W47",
            "2026W47",
            "2026-w01",
            "2026-W53",
            "2020-W53",
            "1999-W01",
            "3000-W01",
            "2026-W00",
            "2026-W99",
            "0000-W01",
            "9999-W52",
            "2026",
            "W47",
            "-W"),
        2);
  }
}
