package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.outbox.DispatchSettings;
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.port.MessageBody;
import io.threadkeeper.core.store.testing.LoopbackProxy;
import io.threadkeeper.core.store.testing.PostgresExtension;
import io.threadkeeper.core.testing.FakeChatPlatform;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseOutageIT {
  @RegisterExtension static final PostgresExtension postgres = new PostgresExtension();
  static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0SWEEP");

  private final Clock clock = Clock.systemUTC();
  private final AtomicInteger errors = new AtomicInteger();

  @Test
  void aDatabaseCutForThirtySecondsDelaysRemindersButSendsEachOnce() throws Exception {
    long threadId = DeadlineSweepIT.seedThread(postgres);
    postgres.execute(
        "insert into deadline (workspace_id, thread_id, kind, due_at, created_at)"
            + " select workspace_id, id, 'reply_overdue', now() + make_interval(secs => g / 100.0),"
            + " now() from thread, generate_series(1, 400) g where id = "
            + threadId);
    Outbox outbox = new Outbox(clock);
    DeadlineHandler remind =
        (handle, deadline) ->
            outbox.enqueue(
                handle,
                OutboxEntry.toChannel(
                        WORKSPACE,
                        new ChannelId("C0SWEEP"),
                        MessageBody.text("Reminder " + deadline.id()),
                        clock.instant())
                    .withCorrelationId("deadline:" + deadline.id()));
    FakeChatPlatform slack = new FakeChatPlatform(Platform.SLACK, clock);
    DispatchSettings shortLease =
        new DispatchSettings(
            20, 8, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(2));
    URI server = URI.create(postgres.settings().jdbcUrl().substring("jdbc:".length()));
    ScheduledExecutorService node = Executors.newScheduledThreadPool(2);
    try (LoopbackProxy proxy = new LoopbackProxy(server.getHost(), server.getPort());
        Database viaProxy = Database.open(throughProxy(proxy), 4, "outage")) {
      DeadlineSweep sweep = new DeadlineSweep(viaProxy.jdbi(), remind, clock, 50);
      OutboxDispatcher dispatcher =
          new OutboxDispatcher(viaProxy.jdbi(), List.of(slack), clock, shortLease, new Random(5));
      node.scheduleWithFixedDelay(() -> quietly(sweep::sweepDue), 0, 100, TimeUnit.MILLISECONDS);
      node.scheduleWithFixedDelay(
          () -> quietly(dispatcher::dispatchDue), 0, 100, TimeUnit.MILLISECONDS);

      await().atMost(Duration.ofSeconds(10)).until(() -> slack.posted().size() >= 50);
      proxy.cut();
      // The database is away for 30 seconds, as in a failover.
      await().pollDelay(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(31)).until(() -> true);
      proxy.restore();

      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> slack.posted().size() >= 400 && sentRows() == 400);
    } finally {
      node.shutdownNow();
    }
    assertThat(slack.posted().stream().map(p -> p.message().correlationId()).distinct())
        .hasSize(400);
    assertThat(slack.posted()).hasSize(400);
    // Each loop fails at most once per tick while the database is away, so errors stay few.
    assertThat(errors.get()).isLessThan(100);
  }

  private long sentRows() {
    return postgres
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("select count(*) from outbox where state = 'sent'")
                    .mapTo(Long.class)
                    .one());
  }

  private DatabaseSettings throughProxy(LoopbackProxy proxy) {
    DatabaseSettings direct = postgres.settings();
    String url = direct.jdbcUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + proxy.port() + "/");
    // A short connect timeout, so that an outage fails calls fast instead of parking the loops.
    String withTimeout =
        url + (url.contains("?") ? "&" : "?") + "connectTimeout=2&socketTimeout=10";
    return new DatabaseSettings(withTimeout, direct.user(), direct.password());
  }

  private void quietly(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      errors.incrementAndGet();
    }
  }
}
