package io.threadkeeper.core.store;

import io.threadkeeper.core.store.testing.PostgresExtension;

/** Seeds the rows deadlines hang on, for integration tests outside this package. */
public final class DeadlineSweepITSeeds {
  private DeadlineSweepITSeeds() {}

  /** One workspace, channel and thread; returns the thread id. */
  public static long thread(PostgresExtension postgres) {
    return DeadlineSweepIT.seedThread(postgres);
  }
}
