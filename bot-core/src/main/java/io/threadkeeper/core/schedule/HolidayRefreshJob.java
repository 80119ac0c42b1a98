package io.threadkeeper.core.schedule;

import io.threadkeeper.core.store.HolidayRefresh;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * Runs the {@link HolidayRefresh} found in the scheduler context under {@link #REFRESH}, once a day
 * on one node of the cluster, like {@link RetentionJob}.
 */
@DisallowConcurrentExecution
public final class HolidayRefreshJob implements Job {
  public static final String REFRESH = "threadkeeper.holidayRefresh";
  public static final JobKey KEY = new JobKey("holiday-refresh", "threadkeeper");
  public static final Duration INTERVAL = Duration.ofDays(1);

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      ((HolidayRefresh) context.getScheduler().getContext().get(REFRESH)).refreshAll();
    } catch (SchedulerException | RuntimeException e) {
      // Not refired: the dates of the last good reading stand until the next day.
      throw new JobExecutionException(e, false);
    }
  }
}
