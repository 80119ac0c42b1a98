package io.threadkeeper.core.schedule;

import io.threadkeeper.core.store.ReportSchedules;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the weekly report triggers in step with the workspaces, so that a new workspace, a changed
 * zone or a changed {@code report_schedule} is picked up within {@link #INTERVAL}; reads the {@link
 * ReportSchedules} in the scheduler context under {@link #SCHEDULES}.
 *
 * <p>A malformed setting is logged once per process (not at every run), naming the setting.
 */
@DisallowConcurrentExecution
public final class ReportScheduleSyncJob implements Job {
  public static final String SCHEDULES = "threadkeeper.reportSchedules";
  public static final Duration INTERVAL = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(ReportScheduleSyncJob.class);
  private static final Set<String> reported = new HashSet<>();

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      ReportSchedules.Read read =
          ((ReportSchedules) context.getScheduler().getContext().get(SCHEDULES)).all();
      WeeklyReportTriggers.reconcile(context.getScheduler(), read.schedules());
      for (String problem : read.problems()) {
        warnOnce(problem);
      }
    } catch (SchedulerException | RuntimeException e) {
      throw new JobExecutionException(e, false);
    }
  }

  private static void warnOnce(String problem) {
    synchronized (reported) {
      if (reported.add(problem)) {
        log.warn("weekly report not scheduled: {}", problem);
      }
    }
  }
}
