package io.threadkeeper.deploy.run;

import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.DispatcherStats;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.schedule.DeadlineSweepJob;
import io.threadkeeper.core.schedule.DispatchJob;
import io.threadkeeper.core.schedule.HolidayRefreshJob;
import io.threadkeeper.core.schedule.ReportScheduleSyncJob;
import io.threadkeeper.core.schedule.RetentionJob;
import io.threadkeeper.core.schedule.Scheduling;
import io.threadkeeper.core.schedule.SchedulingSettings;
import io.threadkeeper.core.schedule.WeeklyReportJob;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.HolidayRefresh;
import io.threadkeeper.core.store.InboxProcessor;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.ReportSchedules;
import io.threadkeeper.core.store.RetentionPurge;
import io.threadkeeper.core.store.WeeklyReportDelivery;
import io.threadkeeper.deploy.Pipeline;
import io.threadkeeper.deploy.config.DataSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot on one node: the live pipeline (inbox processor resumed from where the last run
 * stopped), the outbox dispatcher, the deadline sweep, the weekly reports, the daily retention
 * purge and holiday refresh on the clustered Quartz scheduler, and a connection per configured
 * platform. Closing it stops receiving first, then the jobs, then the processor, so that every
 * acknowledged event is stored and nothing is half-sent.
 *
 * <p>Thread-safe; close it once.
 */
public final class BotRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
  static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);
  static final Duration DISPATCH_INTERVAL = Duration.ofSeconds(1);

  /** Rows per retention batch: each batch is a short transaction of its own. */
  static final int PURGE_BATCH = 1_000;

  private final Pipeline pipeline;
  private final Scheduler scheduler;
  private final OutboxDispatcher dispatcher;
  private final List<PlatformConnection> connections;

  private BotRuntime(
      Pipeline pipeline,
      Scheduler scheduler,
      OutboxDispatcher dispatcher,
      List<PlatformConnection> connections) {
    this.pipeline = pipeline;
    this.scheduler = scheduler;
    this.dispatcher = dispatcher;
    this.connections = List.copyOf(connections);
  }

  /** Starts everything with the default retention and no holidays. */
  public static BotRuntime start(
      Database database, Clock clock, Function<Pipeline, List<PlatformConnection>> connect)
      throws SchedulerException {
    return start(database, clock, DataSettings.defaults(), connect);
  }

  /** Starts everything, sending ephemerals out of reach as direct messages. */
  public static BotRuntime start(
      Database database,
      Clock clock,
      DataSettings data,
      Function<Pipeline, List<PlatformConnection>> connect)
      throws SchedulerException {
    return start(database, clock, data, EphemeralFallback.DIRECT_MESSAGE, connect);
  }

  /**
   * Starts everything; the connections last, once the bot can process what they bring.
   *
   * @param fallback what the dispatcher does with an ephemeral that cannot reach its member
   */
  public static BotRuntime start(
      Database database,
      Clock clock,
      DataSettings data,
      EphemeralFallback fallback,
      Function<Pipeline, List<PlatformConnection>> connect)
      throws SchedulerException {
    Pipeline pipeline = Pipeline.live(database, clock);
    List<PlatformConnection> connections = connect.apply(pipeline);
    InboxProcessor.BatchResult resumed = pipeline.processor().drain();
    if (resumed.claimed() > 0) {
      log.info("resumed {} events left unprocessed by the last run", resumed.processed());
    }
    pipeline.processor().start();
    List<ChatPlatform> platforms =
        connections.stream().map(PlatformConnection::chatPlatform).toList();
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            database.jdbi(),
            platforms,
            clock,
            DispatchSettings.defaults(),
            new SecureRandom(),
            fallback);
    DeadlineSweep sweep =
        new DeadlineSweep(database.jdbi(), pipeline.norms().deadlineHandler(clock), clock, 200);
    Scheduler scheduler =
        Scheduling.create(
            database.dataSource(),
            SchedulingSettings.defaults(),
            Map.of(
                DeadlineSweepJob.SWEEP,
                sweep,
                DispatchJob.DISPATCHER,
                dispatcher,
                WeeklyReportJob.DELIVERY,
                new WeeklyReportDelivery(database.jdbi(), clock),
                ReportScheduleSyncJob.SCHEDULES,
                new ReportSchedules(database.jdbi()),
                RetentionJob.PURGE,
                new RetentionPurge(database.jdbi(), clock, data.retention(), PURGE_BATCH),
                HolidayRefreshJob.REFRESH,
                new HolidayRefresh(
                    database.jdbi(), clock, data.holidayCalendar(), data.holidays())));
    Scheduling.scheduleRecurring(
        scheduler,
        new JobKey("deadline-sweep", "threadkeeper"),
        DeadlineSweepJob.class,
        SWEEP_INTERVAL);
    Scheduling.scheduleRecurring(
        scheduler,
        new JobKey("outbox-dispatch", "threadkeeper"),
        DispatchJob.class,
        DISPATCH_INTERVAL);
    // Per-workspace weekly report triggers follow the workspaces and their settings from here.
    Scheduling.scheduleRecurring(
        scheduler,
        new JobKey("report-schedule-sync", "threadkeeper"),
        ReportScheduleSyncJob.class,
        ReportScheduleSyncJob.INTERVAL);
    // Daily, on one node of the cluster; both also run once when the first node starts.
    Scheduling.scheduleRecurring(
        scheduler, RetentionJob.KEY, RetentionJob.class, RetentionJob.INTERVAL);
    Scheduling.scheduleRecurring(
        scheduler, HolidayRefreshJob.KEY, HolidayRefreshJob.class, HolidayRefreshJob.INTERVAL);
    scheduler.start();
    BotRuntime runtime = new BotRuntime(pipeline, scheduler, dispatcher, connections);
    for (PlatformConnection connection : connections) {
      connection.start();
      log.info("connected: {}", connection.name());
    }
    return runtime;
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  /** Whether every platform connection is up. */
  public boolean connected() {
    return connections.stream().allMatch(PlatformConnection::isConnected);
  }

  /** The names of the platform connections that are down, for {@code /readyz}. */
  public List<String> disconnected() {
    return connections.stream()
        .filter(connection -> !connection.isConnected())
        .map(PlatformConnection::name)
        .toList();
  }

  /** What this node's outbox dispatcher has done since it started. */
  public DispatcherStats dispatcherStats() {
    return dispatcher.stats();
  }

  @Override
  public void close() {
    for (PlatformConnection connection : connections) {
      try {
        connection.close();
      } catch (RuntimeException e) {
        log.warn("closing {} failed: {}", connection.name(), e.getClass().getSimpleName());
      }
    }
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      log.warn("the scheduler did not stop cleanly: {}", e.getClass().getSimpleName());
    }
    pipeline.close();
  }
}
