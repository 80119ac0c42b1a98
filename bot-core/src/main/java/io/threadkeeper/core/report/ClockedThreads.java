package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The threads a report spans, in opening order and by channel, each with its deadline and its
 * working time to the first reply worked out at most once, however many weeks and scopes ask.
 *
 * <p>Not thread-safe: it fills those figures in as they are asked for.
 */
public final class ClockedThreads {
  private final ReplyClock clock;
  private final List<Clocked> all;
  private final Map<String, List<Clocked>> byChannel;

  public ClockedThreads(List<ThreadTimes> threads, ReplyClock clock) {
    this.clock = clock;
    this.all =
        threads.stream()
            .map(Clocked::new)
            .sorted(Comparator.comparing((Clocked c) -> c.times.openedAt()))
            .toList();
    this.byChannel = all.stream().collect(Collectors.groupingBy(c -> c.times.channelKey()));
  }

  /**
   * The threads opened in the {@link PeriodTally#OVERDUE_LOOK_BACK} before {@code end} that are
   * overdue at {@code end}, in opening order.
   *
   * @param channelNames channel names by key; a channel without one is shown by its key
   */
  public List<OverdueThread> overdueAt(Instant end, Map<String, String> channelNames) {
    return openedIn(all, end.minus(PeriodTally.OVERDUE_LOOK_BACK), end).stream()
        .filter(t -> t.overdueAt(end))
        .map(
            t ->
                new OverdueThread(
                    channelNames.getOrDefault(t.times.channelKey(), t.times.channelKey()),
                    t.times.rootKey(),
                    t.times.openedAt(),
                    t.deadline(),
                    t.times.channelKey()))
        .toList();
  }

  /** Every thread, in opening order. */
  List<Clocked> all() {
    return all;
  }

  /** The channel's threads, in opening order. */
  List<Clocked> of(String channelKey) {
    return byChannel.getOrDefault(channelKey, List.of());
  }

  /** The threads of {@code threads} (in opening order) opened in {@code [from, to)}. */
  static List<Clocked> openedIn(List<Clocked> threads, Instant from, Instant to) {
    return threads.subList(firstOpenedAtOrAfter(threads, from), firstOpenedAtOrAfter(threads, to));
  }

  private static int firstOpenedAtOrAfter(List<Clocked> threads, Instant at) {
    int low = 0;
    int high = threads.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (threads.get(middle).times.openedAt().isBefore(at)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** One thread and what the working calendar says about it, each worked out once. */
  final class Clocked {
    private final ThreadTimes times;
    private Instant deadline;
    private Duration firstReply;

    private Clocked(ThreadTimes times) {
      this.times = times;
    }

    ThreadTimes times() {
      return times;
    }

    Instant deadline() {
      if (deadline == null) {
        deadline = clock.deadline(times);
      }
      return deadline;
    }

    /** Working time to the first reply; only for answered threads. */
    Duration firstReply() {
      if (firstReply == null) {
        firstReply = clock.firstReply(times);
      }
      return firstReply;
    }

    boolean answeredInWindow() {
      return times.firstReplyAt() != null && !times.firstReplyAt().isAfter(deadline());
    }

    boolean overdueAt(Instant end) {
      return ReplyClock.overdueAt(times, end, this::deadline);
    }
  }
}
