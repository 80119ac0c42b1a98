package io.threadkeeper.deploy.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSettingsTest {

  @Test
  void withNothingSetRetentionIs14And180And365DaysAndThereAreNoHolidays() {
    DataSettings settings = DataSettings.from(Map.of());

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.retention().processedInbox()).isEqualTo(Duration.ofDays(14));
    assertThat(settings.retention().history()).isEqualTo(Duration.ofDays(180));
    assertThat(settings.retention().auditLog()).isEqualTo(Duration.ofDays(365));
    assertThat(settings.holidayCalendar()).isEmpty();
    assertThat(settings.holidays()).isEmpty();
  }

  @Test
  void theEnvironmentSetsRetentionDaysHolidaysAndTheDefaultCalendar() {
    DataSettings settings =
        DataSettings.from(
            Map.of(
                "THREADKEEPER_RETENTION_INBOX_DAYS", "7",
                "THREADKEEPER_RETENTION_HISTORY_DAYS", " 90 ",
                "THREADKEEPER_RETENTION_AUDIT_DAYS", "730",
                "THREADKEEPER_HOLIDAYS", "2026-12-24, 2026-12-25",
                "THREADKEEPER_HOLIDAYS_ICAL", "https://calendar.example.org/h.ics?token=s3cret"));

    assertThat(settings.problems()).isEmpty();
    assertThat(settings.retention().processedInbox()).isEqualTo(Duration.ofDays(7));
    assertThat(settings.retention().history()).isEqualTo(Duration.ofDays(90));
    assertThat(settings.retention().auditLog()).isEqualTo(Duration.ofDays(730));
    assertThat(settings.holidays())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    assertThat(settings.holidayCalendar().orElseThrow().toString())
        .isEqualTo("https://calendar.example.org/…")
        .doesNotContain("s3cret");
  }

  @Test
  void everyBadValueIsReportedAtOnceNamingItsSetting() {
    DataSettings settings =
        DataSettings.from(
            Map.of(
                "THREADKEEPER_RETENTION_INBOX_DAYS", "two weeks",
                "THREADKEEPER_RETENTION_AUDIT_DAYS", "0",
                "THREADKEEPER_HOLIDAYS", "2026-12-24,Christmas"));

    assertThat(settings.problems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("THREADKEEPER_RETENTION_INBOX_DAYS must be"))
        .anySatisfy(p -> assertThat(p).startsWith("THREADKEEPER_RETENTION_AUDIT_DAYS must be"))
        .anySatisfy(
            p -> assertThat(p).startsWith("THREADKEEPER_HOLIDAYS must be").contains("'Christmas'"));
  }
}
