package io.threadkeeper.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.ReportSchedules;
import io.threadkeeper.core.store.WeeklyReportDelivery;
import io.threadkeeper.core.store.testing.PostgresExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Weekly report triggers on clustered Quartz: one per workspace that has somewhere to send its
 * report, at Monday 09:00 in the workspace's zone by default, following setting changes, and
 * posting once even when two nodes fire it.
 */
class WeeklyReportTriggersIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  private static final String FRIDAY = "2030-01-04T12:00:00Z";
  private static final TriggerKey TOKYO = new TriggerKey("discord:900", WeeklyReportTriggers.GROUP);

  private final List<Database> pools = new ArrayList<>();
  private final List<Scheduler> schedulers = new ArrayList<>();

  @BeforeEach
  void workspaces() {
    postgres.execute(
        "truncate report_delivery, outbox, workspace, qrtz_fired_triggers, qrtz_simple_triggers,"
            + " qrtz_cron_triggers, qrtz_triggers, qrtz_job_details, qrtz_scheduler_state,"
            + " qrtz_locks cascade");
    postgres.execute(
        "insert into workspace (platform, external_id, time_zone, settings) values"
            + " ('discord', '900', 'Asia/Tokyo', '{\"report_channel\": \"700\"}'),"
            + " ('slack', 'TBERLIN', 'Europe/Berlin', '{\"report_recipients\": [\"U1\"],"
            + " \"report_schedule\": \"Fri 16:30\"}'),"
            + " ('slack', 'TQUIET', 'UTC', '{}')");
  }

  @AfterEach
  void stopNodes() throws SchedulerException {
    for (Scheduler scheduler : schedulers) {
      scheduler.shutdown(true);
    }
    pools.forEach(Database::close);
  }

  private Scheduler node(String name) throws SchedulerException {
    Database pool = Database.open(postgres.settings(), 4, name);
    pools.add(pool);
    Scheduler scheduler =
        Scheduling.create(
            pool.dataSource(),
            SchedulingSettings.defaults().withIdleWaitTime(Duration.ofSeconds(1)),
            Map.of(
                WeeklyReportJob.DELIVERY,
                new WeeklyReportDelivery(pool.jdbi(), Clock.systemUTC()),
                ReportScheduleSyncJob.SCHEDULES,
                new ReportSchedules(pool.jdbi())));
    schedulers.add(scheduler);
    return scheduler;
  }

  private static void reconcile(Scheduler scheduler) throws SchedulerException {
    WeeklyReportTriggers.reconcile(
        scheduler, new ReportSchedules(postgres.jdbi()).all().schedules());
  }

  private static Instant nextFire(Scheduler scheduler, TriggerKey key, String after)
      throws SchedulerException {
    return scheduler.getTrigger(key).getFireTimeAfter(Date.from(Instant.parse(after))).toInstant();
  }

  @Test
  void aTokyoWorkspaceIsDueAtMondayNineInTokyo() throws Exception {
    Scheduler scheduler = node("report-a");

    reconcile(scheduler);

    // After Friday 4 January 2030 (ahead of any trigger's start): Monday 09:00 in Tokyo is
    // Monday 00:00 UTC.
    assertThat(nextFire(scheduler, TOKYO, FRIDAY)).isEqualTo(Instant.parse("2030-01-07T00:00:00Z"));
    // Berlin asked for Friday 16:30, which is 15:30 UTC in winter.
    assertThat(
            nextFire(
                scheduler, new TriggerKey("slack:TBERLIN", WeeklyReportTriggers.GROUP), FRIDAY))
        .isEqualTo(Instant.parse("2030-01-04T15:30:00Z"));
    // A workspace with nowhere to send its report has no trigger.
    assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(WeeklyReportTriggers.GROUP)))
        .extracting(JobKey::getName)
        .containsExactlyInAnyOrder("discord:900", "slack:TBERLIN");
  }

  @Test
  void triggersFollowZoneAndSettingChanges() throws Exception {
    Scheduler scheduler = node("report-a");
    reconcile(scheduler);

    postgres.execute("update workspace set time_zone = 'Europe/Lisbon' where external_id = '900'");
    postgres.execute(
        "update workspace set settings = settings || '{\"report_schedule\": \"off\"}'"
            + " where external_id = 'TBERLIN'");
    reconcile(scheduler);

    assertThat(((CronTrigger) scheduler.getTrigger(TOKYO)).getTimeZone().getID())
        .isEqualTo("Europe/Lisbon");
    assertThat(nextFire(scheduler, TOKYO, FRIDAY)).isEqualTo(Instant.parse("2030-01-07T09:00:00Z"));
    assertThat(scheduler.checkExists(new JobKey("slack:TBERLIN", WeeklyReportTriggers.GROUP)))
        .isFalse();
  }

  @Test
  void aMalformedScheduleIsNamedAndLeftOut() {
    postgres.execute(
        "update workspace set settings = settings || '{\"report_schedule\": \"Mondays at 9\"}'"
            + " where external_id = '900'");

    ReportSchedules.Read read = new ReportSchedules(postgres.jdbi()).all();

    assertThat(read.schedules())
        .extracting(s -> s.workspace().key())
        .containsExactly("slack:TBERLIN");
    assertThat(read.problems())
        .singleElement()
        .asString()
        .contains("report_schedule", "discord:900", "Mon 09:00");
  }

  @Test
  void twoClusteredNodesFiringTheReportPostItOnce() throws Exception {
    Scheduler a = node("report-a");
    Scheduler b = node("report-b");
    reconcile(a);
    reconcile(b);
    a.start();
    b.start();
    JobKey job = new JobKey("discord:900", WeeklyReportTriggers.GROUP);

    // A retry, or both nodes running the slot: two fires of the same job.
    a.triggerJob(job);
    b.triggerJob(job);

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                count("select count(*) from report_delivery") == 1
                    && count("select count(*) from qrtz_fired_triggers") == 0
                    && count(
                            "select count(*) from qrtz_triggers where job_group = '"
                                + WeeklyReportTriggers.GROUP
                                + "' and trigger_name like 'MT_%'")
                        == 0);
    assertThat(count("select count(*) from outbox where correlation_id like 'weekly-report:%'"))
        .isEqualTo(1);
  }

  private static long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
