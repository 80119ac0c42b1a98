package io.threadkeeper.core.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * How the clustered Quartz scheduler runs.
 *
 * @param schedulerName the cluster's name; every node of one deployment uses the same
 * @param threadCount worker threads; jobs are short delegates, so a few suffice
 * @param misfireThreshold how late a trigger may fire before it counts as misfired (see {@link
 *     Scheduling})
 * @param clusterCheckinInterval how often a node tells the others it is alive; a node silent for
 *     about this long is presumed dead and its running jobs are recovered
 * @param idleWaitTime how long an idle node waits before looking for triggers that another node
 *     added
 */
public record SchedulingSettings(
    String schedulerName,
    int threadCount,
    Duration misfireThreshold,
    Duration clusterCheckinInterval,
    Duration idleWaitTime) {
  public SchedulingSettings {
    Objects.requireNonNull(schedulerName, "schedulerName");
    if (threadCount < 1) {
      throw new IllegalArgumentException("threadCount must be positive");
    }
    requireAtLeastOneSecond(misfireThreshold, "misfireThreshold");
    requireAtLeastOneSecond(clusterCheckinInterval, "clusterCheckinInterval");
    requireAtLeastOneSecond(idleWaitTime, "idleWaitTime");
  }

  /** {@code threadkeeper}, 3 threads, 15 s misfire threshold, 7.5 s check-in, 5 s idle wait. */
  public static SchedulingSettings defaults() {
    return new SchedulingSettings(
        "threadkeeper", 3, Duration.ofSeconds(15), Duration.ofMillis(7_500), Duration.ofSeconds(5));
  }

  public SchedulingSettings withIdleWaitTime(Duration idleWaitTime) {
    return new SchedulingSettings(
        schedulerName, threadCount, misfireThreshold, clusterCheckinInterval, idleWaitTime);
  }

  private static void requireAtLeastOneSecond(Duration value, String what) {
    if (Objects.requireNonNull(value, what).compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(what + " must be at least a second");
    }
  }
}
