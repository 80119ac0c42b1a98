package io.threadkeeper.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void aReportSurvivesTheRoundTrip() {
    WeeklyReport report = ReportSamples.eightWeeks();

    assertThat(ReportJson.read(ReportJson.render(report))).isEqualTo(report);
  }

  @Test
  void weeksZonesInstantsAndDurationsAreWrittenForPeople() {
    String json = ReportJson.render(ReportSamples.eightWeeks());

    assertThat(json)
        .contains("\"week\" : \"2026-W47\"")
        .contains("\"zone\" : \"Europe/Berlin\"")
        .contains("\"from\" : \"2026-11-15T23:00:00Z\"")
        .contains("\"medianFirstReply\" : \"PT8H30M\"");
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> ReportJson.read("{\"week\": \"2026-W99\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
