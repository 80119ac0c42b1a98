package io.threadkeeper.core.schedule;

import io.threadkeeper.core.store.OutboxDispatcher;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * Runs the {@link OutboxDispatcher} found in the scheduler context under {@link #DISPATCHER}.
 *
 * <p>Not concurrent per job key, like {@link DeadlineSweepJob}.
 */
@DisallowConcurrentExecution
public final class DispatchJob implements Job {
  public static final String DISPATCHER = "threadkeeper.outboxDispatcher";

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      ((OutboxDispatcher) context.getScheduler().getContext().get(DISPATCHER)).dispatchDue();
    } catch (SchedulerException | RuntimeException e) {
      throw new JobExecutionException(e, false);
    }
  }
}
