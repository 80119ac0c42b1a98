package io.threadkeeper.deploy.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.threadkeeper.core.outbox.DispatcherStats;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;

/**
 * Everything {@code /metrics} shows: the JVM (memory, GC, threads, classes, CPU, uptime), the
 * HikariCP pool, the inbox (events accepted and duplicate, backlog and lag) and the outbox (sent,
 * failed by reason, rate-limit waits, retries). Monotonic figures are function counters over the
 * counters the bot already keeps, so nothing is counted twice.
 *
 * <p>Thread-safe; close it to stop the GC listener.
 */
public final class BotMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Supplier<DispatcherStats> outbox;
  private final InboxBacklog backlog;
  private final Set<String> failureReasons = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Optional<InboxBacklog.Snapshot>> lastBacklog =
      new AtomicReference<>(Optional.empty());

  public BotMetrics(CountingInbox inbox, Supplier<DispatcherStats> outbox, InboxBacklog backlog) {
    this.outbox = outbox;
    this.backlog = backlog;
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    bindInbox(inbox);
    bindOutbox();
  }

  /**
   * Reports the pool's connections, waits and timeouts. HikariCP takes a metrics tracker on a
   * running pool once, so this is done here rather than in bot-core, which stays free of
   * Micrometer.
   */
  public BotMetrics trackPool(DataSource dataSource) {
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        dataSource
            .unwrap(HikariDataSource.class)
            .setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the connection pool cannot report metrics", e);
    }
    return this;
  }

  private void bindInbox(CountingInbox inbox) {
    counter("threadkeeper.inbox.events", "outcome", "accepted", inbox, CountingInbox::accepted);
    counter("threadkeeper.inbox.events", "outcome", "duplicate", inbox, CountingInbox::duplicates);
    counter(
        "threadkeeper.inbox.events", "outcome", "unavailable", inbox, CountingInbox::unavailable);
    Gauge.builder("threadkeeper.inbox.pending", lastBacklog, b -> backlogValue(b, false))
        .description("stored events the processor has not applied yet")
        .register(registry);
    Gauge.builder("threadkeeper.inbox.lag", lastBacklog, b -> backlogValue(b, true))
        .description("how long the oldest unprocessed event has waited")
        .baseUnit("seconds")
        .register(registry);
  }

  private static double backlogValue(
      AtomicReference<Optional<InboxBacklog.Snapshot>> last, boolean lag) {
    return last.get()
        .map(s -> lag ? s.lag().toMillis() / 1000.0 : (double) s.pending())
        .orElse(Double.NaN);
  }

  private void bindOutbox() {
    counter("threadkeeper.outbox.sent", null, null, outbox, s -> s.get().sent());
    counter(
        "threadkeeper.outbox.rate.limit.waits", null, null, outbox, s -> s.get().rateLimitWaits());
    counter("threadkeeper.outbox.retries", null, null, outbox, s -> s.get().retries());
  }

  /** Brings the figures that are not kept in memory up to date; call before each scrape. */
  void refresh() {
    lastBacklog.set(backlog.read());
    // Failure reasons are open-ended; each gets its series the first time it occurs.
    for (String reason : outbox.get().failedByReason().keySet()) {
      if (failureReasons.add(reason)) {
        counter(
            "threadkeeper.outbox.failed",
            "reason",
            reason,
            outbox,
            s -> s.get().failedByReason().getOrDefault(reason, 0L));
      }
    }
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    refresh();
    return registry.scrape();
  }

  private <T> void counter(String name, String tag, String value, T source, ToDoubleFunction<T> f) {
    FunctionCounter.Builder<T> builder = FunctionCounter.builder(name, source, f);
    if (tag != null) {
      builder.tag(tag, value);
    }
    builder.register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
