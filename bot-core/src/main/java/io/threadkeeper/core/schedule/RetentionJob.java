package io.threadkeeper.core.schedule;

import io.threadkeeper.core.store.RetentionPurge;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SchedulerException;

/**
 * Runs the {@link RetentionPurge} found in the scheduler context under {@link #PURGE}, once a day
 * on one node of the cluster (Quartz's row locks pick the node).
 */
@DisallowConcurrentExecution
public final class RetentionJob implements Job {
  public static final String PURGE = "threadkeeper.retentionPurge";
  public static final JobKey KEY = new JobKey("retention-purge", "threadkeeper");
  public static final Duration INTERVAL = Duration.ofDays(1);

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      ((RetentionPurge) context.getScheduler().getContext().get(PURGE)).purge();
    } catch (SchedulerException | RuntimeException e) {
      // Not refired: what is left is purged the next day.
      throw new JobExecutionException(e, false);
    }
  }
}
