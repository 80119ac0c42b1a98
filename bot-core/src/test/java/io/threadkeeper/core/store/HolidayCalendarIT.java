package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.holiday.HolidayCalendarException;
import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.norms.ClassifierPressureDetector;
import io.threadkeeper.core.norms.NormsEngine;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.Events;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A workspace's iCalendar holidays reach the business-time arithmetic of its reply windows. */
class HolidayCalendarIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();

  /**
   * Friday 6 March 2026, 11:00 UTC: an 8-hour window ends Monday 11:00, or Tuesday after a holiday.
   */
  private static final int FRIDAY_11 = (4 * 24 + 2) * 60;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-06T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path folder;
  private PostgresInbox inbox;
  private InboxProcessor processor;

  @BeforeEach
  void cleanSlate() {
    postgres.jdbi().useHandle(h -> h.execute("truncate workspace, inbox restart identity cascade"));
    EventCodec codec = new EventCodec();
    processor =
        new InboxProcessor(
            postgres.jdbi(),
            codec,
            List.of(
                new ThreadProjection(new ThreadTracker(true), p -> List.of(), e -> List.of()),
                new NormsRunner(new NormsEngine(new ClassifierPressureDetector()), CLOCK)),
            CLOCK,
            50,
            3,
            InboxProcessor.Order.ARRIVAL);
    inbox = new PostgresInbox(postgres.jdbi(), codec, CLOCK, () -> {});
  }

  @Test
  void anICalendarHolidayMovesAReplyWindowThatWouldEndOnItToTheNextWorkingDay() throws Exception {
    post("1.0");
    assertThat(due("1.0")).isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
    Path ics = folder.resolve("holidays.ics");
    Files.writeString(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:h1\r\n"
            + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260309\r\nSUMMARY:Holiday\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n");

    Set<LocalDate> holidays =
        new HolidayRefresh(postgres.jdbi(), CLOCK, Optional.empty(), Set.of())
            .useCalendar(Events.WORKSPACE, new HolidaySource(ics.toString()));
    post("2.0");

    assertThat(holidays).containsExactly(LocalDate.of(2026, 3, 9));
    assertThat(due("2.0")).isEqualTo(Instant.parse("2026-03-10T11:00:00Z"));
  }

  @Test
  void theDefaultCalendarAndDatesServeEveryWorkspaceAndAnUnreadableCalendarKeepsItsLastDates()
      throws Exception {
    post("1.0");
    Path ics = folder.resolve("default.ics");
    Files.writeString(
        ics,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:h1\r\n"
            + "DTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260309\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n");
    HolidayRefresh refresh =
        new HolidayRefresh(
            postgres.jdbi(),
            CLOCK,
            Optional.of(new HolidaySource(ics.toString())),
            Set.of(LocalDate.of(2026, 3, 10)));

    assertThat(refresh.refreshAll()).isZero();
    Files.writeString(ics, "not a calendar");
    assertThat(refresh.refreshAll()).isOne();
    post("2.0");

    assertThat(holidayDates()).containsExactly("2026-03-09", "2026-03-10");
    assertThat(due("2.0")).isEqualTo(Instant.parse("2026-03-11T11:00:00Z"));
  }

  @Test
  void anUnreadableCalendarIsNotConfigured() throws Exception {
    post("1.0");
    Path ics = folder.resolve("broken.ics");
    Files.writeString(ics, "<html>sign in</html>");
    HolidayRefresh refresh = new HolidayRefresh(postgres.jdbi(), CLOCK, Optional.empty(), Set.of());

    assertThatThrownBy(
            () -> refresh.useCalendar(Events.WORKSPACE, new HolidaySource(ics.toString())))
        .isInstanceOf(HolidayCalendarException.class);
    String settings =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("select settings::text from workspace")
                        .mapTo(String.class)
                        .one());
    assertThat(settings).doesNotContain("holidays_ical");
  }

  private void post(String key) {
    inbox.accept(Events.post(key, null, "U0ANA", AuthorKind.HUMAN, FRIDAY_11, "Venue A or B?"));
    processor.drain();
  }

  private Instant due(String root) {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "select (norms -> 'plan' ->> 'dueAt')::timestamptz from thread where root_key = :root")
                    .bind("root", root)
                    .mapTo(Instant.class)
                    .one());
  }

  private List<String> holidayDates() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select day::text from holiday order by day")
                    .mapTo(String.class)
                    .list());
  }
}
