package io.threadkeeper.core.schedule;

import io.threadkeeper.core.report.ReportSchedule;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Keeps one cron trigger per workspace for its weekly report, in the workspace's own zone, in step
 * with the stored schedules: adds the missing, replaces the changed (zone, day or time) and removes
 * those of workspaces that no longer want a report. Runs on any node; Quartz's clustered store
 * holds one trigger per workspace for the whole cluster.
 *
 * <p><b>Misfires.</b> Unlike the recurring sweeps, a report slot is one-off: a trigger that
 * misfired (the cluster was down at Monday 09:00) fires once as soon as a node is back ("fire and
 * proceed"); the delivery names the week by the scheduled fire time and posts it once.
 *
 * <p>Thread-safe (stateless).
 */
public final class WeeklyReportTriggers {
  /** The Quartz group of every weekly report job and trigger; the name is the workspace key. */
  public static final String GROUP = "weekly-report";

  private WeeklyReportTriggers() {}

  /** Brings the scheduler's report triggers in step with {@code schedules}. */
  public static void reconcile(Scheduler scheduler, List<ReportSchedule> schedules)
      throws SchedulerException {
    Set<JobKey> wanted = new HashSet<>();
    for (ReportSchedule schedule : schedules) {
      wanted.add(jobKey(schedule));
      ensure(scheduler, schedule);
    }
    for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      if (!wanted.contains(existing)) {
        scheduler.deleteJob(existing);
      }
    }
  }

  /** The cron trigger of a schedule: at its day and time every week, in its zone. */
  public static CronTrigger trigger(ReportSchedule schedule) {
    return TriggerBuilder.newTrigger()
        .withIdentity(triggerKey(schedule))
        .forJob(jobKey(schedule))
        .withSchedule(
            CronScheduleBuilder.cronSchedule(cron(schedule))
                .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  private static void ensure(Scheduler scheduler, ReportSchedule schedule)
      throws SchedulerException {
    CronTrigger wanted = trigger(schedule);
    Trigger existing = scheduler.getTrigger(wanted.getKey());
    if (existing instanceof CronTrigger cron && sameSlot(cron, wanted)) {
      return;
    }
    if (existing != null) {
      scheduler.rescheduleJob(existing.getKey(), wanted);
      return;
    }
    JobDetail job =
        JobBuilder.newJob(WeeklyReportJob.class)
            .withIdentity(jobKey(schedule))
            .usingJobData(WeeklyReportJob.WORKSPACE, schedule.workspace().key())
            .storeDurably()
            .build();
    try {
      scheduler.scheduleJob(job, Set.of(wanted), true);
    } catch (ObjectAlreadyExistsException e) {
      // Another node added it meanwhile; its trigger is the same.
    }
  }

  private static boolean sameSlot(CronTrigger a, CronTrigger b) {
    return Objects.equals(a.getCronExpression(), b.getCronExpression())
        && Objects.equals(a.getTimeZone().getID(), b.getTimeZone().getID());
  }

  static String cron(ReportSchedule schedule) {
    return String.format(
        Locale.ROOT,
        "0 %d %d ? * %s",
        schedule.time().getMinute(),
        schedule.time().getHour(),
        quartzDay(schedule.day()));
  }

  private static String quartzDay(DayOfWeek day) {
    return day.name().substring(0, 3);
  }

  private static JobKey jobKey(ReportSchedule schedule) {
    return new JobKey(schedule.workspace().key(), GROUP);
  }

  private static TriggerKey triggerKey(ReportSchedule schedule) {
    return new TriggerKey(schedule.workspace().key(), GROUP);
  }
}
