package io.threadkeeper.slack;

import com.slack.api.util.thread.DaemonThreadExecutorServiceProvider;
import com.slack.api.util.thread.DaemonThreadFactory;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The threads Bolt runs on. Socket Mode schedules its envelope workers (ten by default) on one
 * scheduled executor, which Bolt's own provider makes single-threaded, so one slow envelope would
 * hold back every ack behind it. Here each scheduled executor gets {@code threads} daemon threads,
 * so envelopes are handled side by side. Thread-safe (stateless).
 */
final class SlackExecutors implements ExecutorServiceProvider {
  private final int threads;

  SlackExecutors(int threads) {
    this.threads = threads;
  }

  @Override
  public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
    return DaemonThreadExecutorServiceProvider.getInstance()
        .createThreadPoolExecutor(threadGroupName, poolSize);
  }

  @Override
  public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
    // Threads start as tasks are scheduled: the session monitor, with one task, keeps one.
    return Executors.newScheduledThreadPool(threads, new DaemonThreadFactory(threadGroupName));
  }
}
