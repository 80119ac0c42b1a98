package io.threadkeeper.core.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds the clustered Quartz scheduler: {@code JobStoreTX} with the {@code PostgreSQLDelegate} on
 * the {@code qrtz_} tables of migration V7, connections from the application's pool, instance ids
 * made by {@link NodeInstanceId}. Every node of a deployment runs one; Quartz row locks make each
 * trigger fire on exactly one node per fire time.
 *
 * <p><b>Misfires.</b> A trigger misfires when it fires later than {@code misfireThreshold} (default
 * 15 s: three sweep intervals, long enough to ride out a GC pause or a short database failover
 * without calling it a misfire, short enough that a node that was down is noticed). Recurring
 * sweeps use "next with remaining count": missed fires are dropped and the trigger waits for its
 * next regular slot. Nothing is lost by that: the work lives in our tables (due deadlines, pending
 * outbox rows), and the next sweep takes everything that is due; replaying every missed fire would
 * only make a restarted cluster run the same empty sweeps in a burst. The cost is at most one
 * interval of extra delay after an outage. (Weekly reports, which are one-off per slot, should use
 * "fire once now" instead.)
 *
 * <p>Thread-safe (stateless).
 */
public final class Scheduling {
  private Scheduling() {}

  /**
   * Creates a scheduler, not yet started.
   *
   * @param collaborators objects the jobs look up by key in the scheduler context, e.g. {@link
   *     DeadlineSweepJob#SWEEP}
   */
  public static Scheduler create(
      DataSource dataSource, SchedulingSettings settings, Map<String, Object> collaborators)
      throws SchedulerException {
    // Quartz finds connection providers in a JVM-wide registry, by name; the name is unique so
    // that several schedulers in one JVM never share one by accident.
    String dataSourceName = "threadkeeper-" + UUID.randomUUID();
    DBConnectionManager.getInstance()
        .addConnectionProvider(dataSourceName, new PooledConnections(dataSource));
    Scheduler scheduler =
        new StdSchedulerFactory(properties(settings, dataSourceName)).getScheduler();
    // Quartz also keeps schedulers in a JVM-wide registry by cluster name, which would hand a
    // second
    // node in the same JVM the first one's instance. We hold the reference; the registry need not.
    SchedulerRepository.getInstance().remove(settings.schedulerName());
    scheduler.getContext().putAll(collaborators);
    return scheduler;
  }

  /**
   * Schedules {@code jobClass} under {@code key} every {@code interval}, starting now, unless a
   * node has already done so (then its schedule stands).
   *
   * @return true when this call created the schedule
   */
  public static boolean scheduleRecurring(
      Scheduler scheduler, JobKey key, Class<? extends Job> jobClass, Duration interval)
      throws SchedulerException {
    if (scheduler.checkExists(key)) {
      return false;
    }
    JobDetail job = JobBuilder.newJob(jobClass).withIdentity(key).storeDurably().build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(key.getName(), key.getGroup())
            .forJob(job)
            .startNow()
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    try {
      scheduler.scheduleJob(job, trigger);
      return true;
    } catch (ObjectAlreadyExistsException e) {
      return false;
    }
  }

  static Properties properties(SchedulingSettings settings, String dataSourceName) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", settings.schedulerName());
    p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    p.setProperty("org.quartz.scheduler.instanceIdGenerator.class", NodeInstanceId.class.getName());
    p.setProperty("org.quartz.scheduler.idleWaitTime", millis(settings.idleWaitTime()));
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threadCount()));
    p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval", millis(settings.clusterCheckinInterval()));
    p.setProperty("org.quartz.jobStore.misfireThreshold", millis(settings.misfireThreshold()));
    // Without the lock, a node can read a trigger, lose it to another node that fires it and puts
    // it back to WAITING, then still acquire it with the old fire time: the same fire time runs
    // twice (seen in SchedulingIT on a loaded machine). Acquiring under TRIGGER_ACCESS closes that.
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    // Job data as strings only: no serialized Java objects in the database.
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    return p;
  }

  private static String millis(Duration duration) {
    return String.valueOf(duration.toMillis());
  }
}
