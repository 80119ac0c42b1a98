package io.threadkeeper.core.schedule;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.WeeklyReportDelivery;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * Delivers one workspace's weekly report through the {@link WeeklyReportDelivery} found in the
 * scheduler context under {@link #DELIVERY}; the workspace is the job's {@link #WORKSPACE} data.
 *
 * <p>The week is named by the trigger's scheduled fire time, not by when the job runs, so a fire
 * that misfired and runs late still reports the week it was meant for; the delivery itself makes a
 * second run for that week a no-op.
 */
@DisallowConcurrentExecution
public final class WeeklyReportJob implements Job {
  public static final String DELIVERY = "threadkeeper.weeklyReportDelivery";
  public static final String WORKSPACE = "workspace";

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    try {
      WeeklyReportDelivery delivery =
          (WeeklyReportDelivery) context.getScheduler().getContext().get(DELIVERY);
      WorkspaceRef workspace =
          WorkspaceRef.parse(context.getMergedJobDataMap().getString(WORKSPACE));
      delivery.deliver(workspace, context.getScheduledFireTime().toInstant());
    } catch (SchedulerException | RuntimeException e) {
      throw new JobExecutionException(e, false);
    }
  }
}
