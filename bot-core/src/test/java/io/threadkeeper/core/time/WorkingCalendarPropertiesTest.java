package io.threadkeeper.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of business-time arithmetic over random zones (including half-hour, 45-minute and both
 * hemispheres' daylight saving), random working hours and random holidays.
 */
class WorkingCalendarPropertiesTest {
  private static final List<String> ZONES =
      List.of(
          "UTC",
          "Asia/Kolkata",
          "Asia/Kathmandu",
          "Australia/Eucla",
          "Europe/Berlin",
          "America/New_York",
          "Australia/Sydney",
          "America/Santiago",
          "Australia/Lord_Howe",
          "Pacific/Chatham",
          "America/St_Johns",
          "Asia/Tehran");
  private static final Instant FIRST_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final long SECONDS_PER_DAY = 86_400;
  private static final Instant LAST_START = Instant.parse("2027-01-01T00:00:00Z");
  private static final LocalDate FIRST_HOLIDAY = LocalDate.of(2025, 12, 20);
  private static final int TRIES = 200;
  private static final List<Instant> CLOCK_CHANGES = clockChanges();

  @Property(tries = TRIES)
  void dueIsNeverBeforeTheStart(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 3000) int windowPermille) {
    assertThat(calendar.due(start, window(calendar, windowPermille))).isAfterOrEqualTo(start);
  }

  @Property(tries = TRIES)
  void dueIsInsideWorkingTimeOrAtTheEndOfThePeriodThatUsedTheWindowUp(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 3000) int windowPermille) {
    Duration window = window(calendar, windowPermille);
    Instant due = calendar.due(start, window);

    if (window.isZero()) {
      assertThat(calendar.isWorking(due)).isTrue();
    } else {
      assertThat(calendar.isWorking(due.minusNanos(1))).isTrue();
    }
  }

  @Property(tries = TRIES)
  void aLongerWindowIsNeverDueEarlier(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 3000) int first,
      @ForAll @IntRange(max = 3000) int second) {
    Duration shorter = window(calendar, Math.min(first, second));
    Duration longer = window(calendar, Math.max(first, second));

    assertThat(calendar.due(start, shorter)).isBeforeOrEqualTo(calendar.due(start, longer));
  }

  @Property(tries = TRIES)
  void aLaterStartIsNeverDueEarlier(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant first,
      @ForAll("starts") Instant second,
      @ForAll @IntRange(max = 3000) int windowPermille) {
    Duration window = window(calendar, windowPermille);
    Instant earlier = first.isBefore(second) ? first : second;
    Instant later = first.isBefore(second) ? second : first;

    assertThat(calendar.due(earlier, window)).isBeforeOrEqualTo(calendar.due(later, window));
  }

  @Property(tries = TRIES)
  void nextWorkingInstantIsIdempotentAndWorking(
      @ForAll("calendars") WorkingCalendar calendar, @ForAll("starts") Instant start) {
    Instant next = calendar.nextWorkingInstant(start);

    assertThat(calendar.nextWorkingInstant(next)).isEqualTo(next);
    assertThat(calendar.isWorking(next)).isTrue();
  }

  /**
   * {@code due(s, a + b) == due(due(s, a), b)} holds whenever {@code b > 0}. With {@code b == 0}
   * the right side moves on from a period's end to the next working instant, so only that is
   * checked.
   */
  @Property(tries = TRIES)
  void addingTwoWindowsInTurnIsAddingTheirSum(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 1500) int first,
      @ForAll @IntRange(max = 1500) int second) {
    Duration a = window(calendar, first);
    Duration b = window(calendar, second);
    Instant afterA = calendar.due(start, a);

    if (b.isZero()) {
      assertThat(calendar.due(afterA, b)).isEqualTo(calendar.nextWorkingInstant(afterA));
    } else {
      assertThat(calendar.due(afterA, b)).isEqualTo(calendar.due(start, a.plus(b)));
    }
  }

  @Property(tries = TRIES)
  void workingTimeUpToTheDueInstantIsTheWindow(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(max = 3000) int windowPermille) {
    Duration window = window(calendar, windowPermille);

    assertThat(calendar.workingTimeBetween(start, calendar.due(start, window))).isEqualTo(window);
  }

  @Property(tries = TRIES)
  void agreesWithWalkingEveryPeriodOfEveryDay(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll("starts") Instant other,
      @ForAll @IntRange(max = 10_000) int windowPermille) {
    BruteForceCalendar slow = new BruteForceCalendar(calendar);
    Duration window = window(calendar, windowPermille);
    Instant from = start.isBefore(other) ? start : other;
    Instant to = start.isBefore(other) ? other : start;

    assertThat(calendar.due(start, window)).isEqualTo(slow.due(start, window));
    assertThat(calendar.workingTimeBetween(from, to)).isEqualTo(slow.workingTimeBetween(from, to));
    assertThat(calendar.isWorking(start)).isEqualTo(slow.isWorking(start));
  }

  @Property(tries = TRIES)
  void periodsBetweenAreDisjointAndHoldExactlyTheWorkingTime(
      @ForAll("calendars") WorkingCalendar calendar,
      @ForAll("starts") Instant start,
      @ForAll @IntRange(min = 1, max = 20) int days,
      @ForAll @IntRange(max = 999) int probePermille) {
    Instant end = start.plus(Duration.ofDays(days));
    List<WorkingPeriod> periods = calendar.periodsBetween(start, end);

    Duration total = Duration.ZERO;
    Instant previousEnd = null;
    for (WorkingPeriod period : periods) {
      assertThat(period.start()).isAfterOrEqualTo(start);
      assertThat(period.end()).isBeforeOrEqualTo(end);
      if (previousEnd != null) {
        assertThat(period.start()).isAfter(previousEnd);
      }
      previousEnd = period.end();
      total = total.plus(Duration.between(period.start(), period.end()));
      assertThat(calendar.isWorking(period.start())).isTrue();
      assertThat(calendar.isWorking(period.end().minusNanos(1))).isTrue();
    }
    assertThat(total).isEqualTo(calendar.workingTimeBetween(start, end));
    Instant probe =
        start.plus(Duration.between(start, end).multipliedBy(probePermille).dividedBy(1000));
    assertThat(
            periods.stream().anyMatch(p -> !probe.isBefore(p.start()) && probe.isBefore(p.end())))
        .isEqualTo(calendar.isWorking(probe));
  }

  @Property(tries = TRIES)
  void canonicalTextReadsBackToEqualHours(@ForAll("hoursTexts") String text) {
    WorkingHours hours = WorkingHours.parse(text);

    assertThat(WorkingHours.parse(hours.toString())).isEqualTo(hours);
    assertThat(WorkingHours.parse(hours.toString())).hasToString(hours.toString());
  }

  /** A window of {@code permille} thousandths of the calendar's plain working week. */
  private static Duration window(WorkingCalendar calendar, int permille) {
    return calendar.hours().perWeek().multipliedBy(permille).dividedBy(1000);
  }

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
    Arbitrary<Set<LocalDate>> holidays =
        Arbitraries.integers().between(0, 400).map(FIRST_HOLIDAY::plusDays).set().ofMaxSize(60);
    return Combinators.combine(zones, hoursTexts(), holidays)
        .as((zone, hours, days) -> new WorkingCalendar(zone, WorkingHours.parse(hours), days));
  }

  @Provide
  Arbitrary<Instant> starts() {
    Arbitrary<Instant> any =
        Arbitraries.longs()
            .between(FIRST_START.getEpochSecond(), LAST_START.getEpochSecond())
            .map(Instant::ofEpochSecond);
    Arbitrary<Instant> nearClockChange =
        Combinators.combine(
                Arbitraries.of(CLOCK_CHANGES),
                Arbitraries.longs().between(-3 * SECONDS_PER_DAY, 3 * SECONDS_PER_DAY))
            .as(Instant::plusSeconds);
    // Whole quarter hours land on period boundaries often, where off-by-one mistakes live.
    return Arbitraries.frequencyOf(
        Tuple.of(2, any),
        Tuple.of(2, any.map(WorkingCalendarPropertiesTest::toQuarterHour)),
        Tuple.of(1, nearClockChange),
        Tuple.of(1, nearClockChange.map(WorkingCalendarPropertiesTest::toQuarterHour)));
  }

  private static Instant toQuarterHour(Instant at) {
    return Instant.ofEpochSecond(at.getEpochSecond() / 900 * 900);
  }

  private static List<Instant> clockChanges() {
    List<Instant> changes = new ArrayList<>();
    for (String zone : ZONES) {
      ZoneRules rules = ZoneId.of(zone).getRules();
      for (ZoneOffsetTransition change = rules.nextTransition(FIRST_START);
          change != null && change.getInstant().isBefore(LAST_START);
          change = rules.nextTransition(change.getInstant())) {
        changes.add(change.getInstant());
      }
    }
    return changes;
  }

  @Provide
  Arbitrary<String> hoursTexts() {
    Arbitrary<String> group =
        Combinators.combine(daysTexts(), rangesTexts()).as((d, r) -> d + " " + r);
    return group.list().ofMinSize(1).ofMaxSize(3).map(groups -> String.join("; ", groups));
  }

  private Arbitrary<String> daysTexts() {
    Arbitrary<String> day = Arbitraries.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    Arbitrary<String> span = Combinators.combine(day, day).as((a, b) -> a + "-" + b);
    return Arbitraries.oneOf(
        day, span, day.list().ofMinSize(2).ofMaxSize(4).map(d -> String.join(",", d)));
  }

  private Arbitrary<String> rangesTexts() {
    Arbitrary<Integer> minute = Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> q * 15);
    Arbitrary<String> end =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just("24:00")),
            Tuple.of(6, minute.map(WorkingCalendarPropertiesTest::time)));
    Arbitrary<String> range =
        Combinators.combine(minute.map(WorkingCalendarPropertiesTest::time), end)
            .as((s, e) -> s + "-" + e);
    return range.list().ofMinSize(1).ofMaxSize(3).map(ranges -> String.join(",", ranges));
  }

  private static String time(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }
}
