package io.threadkeeper.core.schedule;

import io.threadkeeper.core.store.DeadlineSweep;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * Runs the {@link DeadlineSweep} found in the scheduler context under {@link #SWEEP}.
 *
 * <p>A sweep that stops at its bound with deadlines left fires its job again at once.
 *
 * <p>Not concurrent per job key: a slow sweep delays the next fire of its key instead of
 * overlapping it. Schedule several keys to let several nodes sweep at once; {@code SKIP LOCKED}
 * keeps them apart.
 */
@DisallowConcurrentExecution
public final class DeadlineSweepJob implements Job {
  public static final String SWEEP = "threadkeeper.deadlineSweep";

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      DeadlineSweep sweep = (DeadlineSweep) context.getScheduler().getContext().get(SWEEP);
      if (sweep.sweepDue().backlogLeft()) {
        // A backlog beyond one bounded sweep drains at once, not one sweep per interval; the
        // bound still frees this thread in between for the other jobs.
        context.getScheduler().triggerJob(context.getJobDetail().getKey());
      }
    } catch (SchedulerException | RuntimeException e) {
      // Not refired at once: the next regular fire retries, which paces a database outage.
      throw new JobExecutionException(e, false);
    }
  }
}
