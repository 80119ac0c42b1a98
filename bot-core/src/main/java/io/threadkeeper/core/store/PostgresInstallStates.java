package io.threadkeeper.core.store;

import io.threadkeeper.core.port.InstallStates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link InstallStates} on PostgreSQL. Consuming is one {@code DELETE} of a row that has not
 * expired, so of two callbacks racing with the same value exactly one sees the row; issuing also
 * clears the expired ones, which keeps the table as small as the installs in progress.
 *
 * <p>Thread-safe.
 */
public final class PostgresInstallStates implements InstallStates {
  private final Jdbi jdbi;
  private final Clock clock;

  public PostgresInstallStates(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public void issue(String state, Duration validFor) {
    if (state == null || state.isBlank()) {
      throw new IllegalArgumentException("a state value must not be blank");
    }
    if (validFor.isNegative() || validFor.isZero()) {
      throw new IllegalArgumentException("a state must be valid for some time, not " + validFor);
    }
    Instant now = clock.instant();
    jdbi.useTransaction(
        handle -> {
          InstallationStore store = handle.attach(InstallationStore.class);
          store.dropExpiredStates(now);
          store.issueState(state, now.plus(validFor));
        });
  }

  @Override
  public boolean consume(String state) {
    if (state == null || state.isBlank()) {
      return false;
    }
    Instant now = clock.instant();
    return jdbi.withExtension(InstallationStore.class, store -> store.consumeState(state, now))
        == 1;
  }
}
