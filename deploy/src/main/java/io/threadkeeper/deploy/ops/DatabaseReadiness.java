package io.threadkeeper.deploy.ops;

import io.threadkeeper.core.store.Database;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready when the database answers and its schema is at the latest migration this build carries. The
 * check runs on its own thread with a time budget: a pool waiting for an unreachable server would
 * otherwise hold the probe for its whole connection timeout.
 *
 * <p>Thread-safe; close it to stop its thread.
 */
public final class DatabaseReadiness implements ReadinessCheck, AutoCloseable {
  private final Flyway flyway;
  private final Duration budget;
  private final ExecutorService executor;
  // A slow check is joined by the next probe instead of starting another one behind it.
  private final AtomicReference<CompletableFuture<Optional<String>>> inFlight =
      new AtomicReference<>();

  public DatabaseReadiness(DataSource dataSource, Duration budget) {
    this.flyway = Database.flyway(dataSource);
    this.budget = budget;
    this.executor =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "threadkeeper-readiness");
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Optional<String> problem() {
    CompletableFuture<Optional<String>> check =
        inFlight.updateAndGet(
            running ->
                running == null || running.isDone()
                    ? CompletableFuture.supplyAsync(this::schemaProblem, executor)
                    : running);
    try {
      return check.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Optional.of("database unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("database unreachable");
    }
  }

  private Optional<String> schemaProblem() {
    MigrationInfoService info;
    try {
      info = flyway.info();
    } catch (RuntimeException e) {
      return Optional.of("database unreachable");
    }
    MigrationVersion latest =
        Arrays.stream(info.all())
            .filter(m -> m.getState().isResolved())
            .map(MigrationInfo::getVersion)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(MigrationVersion.EMPTY);
    MigrationInfo current = info.current();
    MigrationVersion applied = current == null ? MigrationVersion.EMPTY : current.getVersion();
    if (applied.equals(latest)) {
      return Optional.empty();
    }
    return Optional.of(
        "database not migrated: schema version " + applied + ", this build expects " + latest);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
