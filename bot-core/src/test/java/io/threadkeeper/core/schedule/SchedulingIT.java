package io.threadkeeper.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DeadlineSweep;
import io.threadkeeper.core.store.Outbox;
import io.threadkeeper.core.store.OutboxDispatcher;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

class SchedulingIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  static final String JDBI = "test.jdbi";

  private final List<Database> pools = new ArrayList<>();
  private final List<Scheduler> schedulers = new ArrayList<>();

  /** Records every execution with its scheduled fire time and the node that ran it. */
  public static final class RecordingJob implements Job {
    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
      try {
        Jdbi jdbi = (Jdbi) context.getScheduler().getContext().get(JDBI);
        jdbi.useHandle(
            h ->
                h.createUpdate("insert into job_run (job, fire_time, node) values (:j, :f, :n)")
                    .bind("j", context.getJobDetail().getKey().getName())
                    .bind("f", context.getScheduledFireTime().getTime())
                    .bind("n", context.getScheduler().getSchedulerInstanceId())
                    .execute());
      } catch (SchedulerException e) {
        throw new JobExecutionException(e);
      }
    }
  }

  @BeforeEach
  void cleanSlate() {
    postgres.execute(
        "create table if not exists job_run (job text not null, fire_time bigint not null,"
            + " node text not null)");
    postgres.execute(
        "truncate job_run, qrtz_fired_triggers, qrtz_simple_triggers, qrtz_cron_triggers,"
            + " qrtz_triggers, qrtz_job_details, qrtz_scheduler_state, qrtz_locks cascade");
  }

  @AfterEach
  void stopNodes() throws SchedulerException {
    for (Scheduler scheduler : schedulers) {
      scheduler.shutdown(true);
    }
    pools.forEach(Database::close);
  }

  private Scheduler node(String name, Map<String, Object> collaborators) throws SchedulerException {
    Database pool = Database.open(postgres.settings(), 6, name);
    pools.add(pool);
    Map<String, Object> context = new java.util.HashMap<>(collaborators);
    context.put(JDBI, pool.jdbi());
    Scheduler scheduler =
        Scheduling.create(
            pool.dataSource(),
            SchedulingSettings.defaults().withIdleWaitTime(Duration.ofSeconds(1)),
            context);
    schedulers.add(scheduler);
    return scheduler;
  }

  private long count(String sql) {
    return postgres.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void aRecurringJobRunsOncePerFireTimeAcrossTwoClusteredNodes() throws Exception {
    Scheduler a = node("quartz-a", Map.of());
    Scheduler b = node("quartz-b", Map.of());
    JobKey tick = JobKey.jobKey("tick");

    assertThat(Scheduling.scheduleRecurring(a, tick, RecordingJob.class, Duration.ofMillis(300)))
        .isTrue();
    assertThat(Scheduling.scheduleRecurring(b, tick, RecordingJob.class, Duration.ofMillis(300)))
        .isFalse();
    a.start();
    b.start();

    await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from job_run") >= 10);
    a.standby();
    b.standby();

    assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());
    // One statement, so that a run still finishing after standby cannot land between two counts.
    assertThat(count("select count(*) - count(distinct fire_time) from job_run")).isZero();
  }

  @Test
  void aJobWithAUniqueKeyIsScheduledOnceAndRunsOnce() throws Exception {
    Scheduler a = node("quartz-once-a", Map.of());
    Scheduler b = node("quartz-once-b", Map.of());
    JobKey once = JobKey.jobKey("weekly-report-2026-W10");
    Date at = Date.from(Instant.now().plusMillis(500));
    a.scheduleJob(job(once), trigger(once, at));

    assertThatThrownBy(() -> b.scheduleJob(job(once), trigger(once, at)))
        .isInstanceOf(ObjectAlreadyExistsException.class);
    a.start();
    b.start();

    await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from job_run") == 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> count("select count(*) from job_run") == 1);
  }

  @Test
  void theSweepAndDispatchJobsDelegateToTheirCollaborators() throws Exception {
    postgres.execute(
        "insert into workspace (platform, external_id) values ('slack', 'T0JOBS')"
            + " on conflict do nothing");
    long outboxId =
        postgres
            .jdbi()
            .inTransaction(
                h ->
                    new Outbox(Clock.systemUTC())
                        .enqueue(
                            h,
                            OutboxEntry.toChannel(
                                new WorkspaceRef(Platform.SLACK, "T0JOBS"),
                                new ChannelId("C1"),
                                MessageBody.text("from a job"),
                                Instant.now())));
    FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, Clock.systemUTC());
    List<Long> swept = java.util.Collections.synchronizedList(new ArrayList<>());
    DeadlineSweep sweep =
        new DeadlineSweep(postgres.jdbi(), (h, d) -> swept.add(d.id()), Clock.systemUTC(), 200);
    OutboxDispatcher dispatcher =
        new OutboxDispatcher(
            postgres.jdbi(),
            List.of(slack),
            Clock.systemUTC(),
            DispatchSettings.defaults(),
            new Random(1));
    Scheduler a =
        node(
            "quartz-jobs",
            Map.of(DeadlineSweepJob.SWEEP, sweep, DispatchJob.DISPATCHER, dispatcher));
    Scheduling.scheduleRecurring(
        a, JobKey.jobKey("sweep-1"), DeadlineSweepJob.class, Duration.ofSeconds(1));
    Scheduling.scheduleRecurring(
        a, JobKey.jobKey("dispatch"), DispatchJob.class, Duration.ofSeconds(1));
    long threadId = io.threadkeeper.core.store.DeadlineSweepITSeeds.thread(postgres);
    postgres.execute(
        "insert into deadline (workspace_id, thread_id, kind, due_at, created_at)"
            + " select workspace_id, id, 'reply_overdue', now() - interval '1 minute', now()"
            + " from thread where id = "
            + threadId);
    a.start();

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> swept.size() == 1 && slack.posted().size() == 1);
    assertThat(slack.posted().get(0).message().outboxId()).isEqualTo(outboxId);
  }

  @Test
  void aBacklogBeyondOneBoundedSweepDrainsWithoutWaitingForTheNextFire() throws Exception {
    long threadId = io.threadkeeper.core.store.DeadlineSweepITSeeds.thread(postgres);
    postgres.execute("delete from deadline");
    postgres.execute(
        "insert into deadline (workspace_id, thread_id, kind, due_at, created_at)"
            + " select workspace_id, id, 'reply_overdue', now() - interval '1 minute', now()"
            + " from thread, generate_series(1, 250) where id = "
            + threadId);
    // Batches of one: a sweep stops at its bound of 100 batches, a third of the backlog.
    DeadlineSweep sweep = new DeadlineSweep(postgres.jdbi(), (h, d) -> {}, Clock.systemUTC(), 1);
    Scheduler a = node("quartz-backlog", Map.of(DeadlineSweepJob.SWEEP, sweep));
    Scheduling.scheduleRecurring(
        a, JobKey.jobKey("sweep-hourly"), DeadlineSweepJob.class, Duration.ofHours(1));
    a.start();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("select count(*) from deadline where state = 'pending'") == 0);
    assertThat(count("select count(*) from deadline where state = 'fired'")).isEqualTo(250);
  }

  private static JobDetail job(JobKey key) {
    return JobBuilder.newJob(RecordingJob.class).withIdentity(key).build();
  }

  private static Trigger trigger(JobKey key, Date at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(key.getName(), key.getGroup())
        .startAt(at)
        .build();
  }
}
