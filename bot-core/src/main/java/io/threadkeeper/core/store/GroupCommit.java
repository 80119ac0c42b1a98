package io.threadkeeper.core.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets concurrent callers share one write: each caller queues its item, and one of them — the
 * leader — takes everything queued (up to a cap), writes it in one go and hands every caller its
 * answer. While a leader writes, newcomers queue behind it and form the next group, so the busier
 * the callers, the larger the groups and the fewer the commits.
 *
 * <p>Why a leader among the callers rather than a writer thread of its own: a lone caller writes on
 * its own thread at once, exactly as if there were no grouping (no timer, no hand-over to another
 * thread), and there is no thread to start, leak or close. Why one group at a time: the groups are
 * what makes writes cheap; a second writer would split them.
 *
 * <p>Thread-safe.
 *
 * @param <T> what is written
 */
final class GroupCommit<T> {

  /** Writes a whole group at once, all or nothing. */
  @FunctionalInterface
  interface Writer<T> {
    /**
     * @return one answer per item, in the group's order
     */
    List<Boolean> write(List<T> group);
  }

  private final int maxGroup;
  private final Writer<T> writer;
  private final Object turn = new Object();
  // Guarded by turn: the items no leader has taken yet, oldest first, and whether one is writing.
  private final ArrayDeque<Pending<T>> queued = new ArrayDeque<>();
  private boolean writing;

  GroupCommit(int maxGroup, Writer<T> writer) {
    if (maxGroup < 1) {
      throw new IllegalArgumentException("a group holds at least one item, not " + maxGroup);
    }
    this.maxGroup = maxGroup;
    this.writer = writer;
  }

  /**
   * Writes {@code item} within a group and returns its answer.
   *
   * @throws RuntimeException what the writer threw for the item's group
   * @throws InterruptedException if interrupted while waiting; the item may still be written
   */
  boolean submit(T item) throws InterruptedException {
    Pending<T> mine = new Pending<>(item);
    synchronized (turn) {
      queued.add(mine);
    }
    List<Pending<T>> group;
    while ((group = awaitTurn(mine)) != null) {
      write(group);
    }
    return mine.answer();
  }

  /** How many items wait for a leader to take them. */
  int queued() {
    synchronized (turn) {
      return queued.size();
    }
  }

  /** The group to write next, or null once {@code mine} has its answer. */
  private List<Pending<T>> awaitTurn(Pending<T> mine) throws InterruptedException {
    synchronized (turn) {
      while (!mine.done && writing) {
        try {
          turn.wait();
        } catch (InterruptedException e) {
          // Not taken yet: withdrawn. Taken: the leader writes it and nobody reads the answer.
          queued.remove(mine);
          throw e;
        }
      }
      if (mine.done) {
        return null;
      }
      writing = true;
      List<Pending<T>> group = new ArrayList<>(Math.min(queued.size(), maxGroup));
      while (group.size() < maxGroup && !queued.isEmpty()) {
        group.add(queued.poll());
      }
      return group;
    }
  }

  private void write(List<Pending<T>> group) {
    List<Boolean> answers = null;
    // What the group learns if the writer does not even throw an exception (an Error).
    RuntimeException failure = new IllegalStateException("the group's write did not finish");
    try {
      answers = writer.write(group.stream().map(Pending::item).toList());
      if (answers.size() != group.size()) {
        throw new IllegalStateException(answers.size() + " answers for " + group.size() + " items");
      }
      failure = null;
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      finish(group, answers, failure);
    }
  }

  private void finish(List<Pending<T>> group, List<Boolean> answers, RuntimeException failure) {
    synchronized (turn) {
      for (int i = 0; i < group.size(); i++) {
        Pending<T> pending = group.get(i);
        pending.failure = failure;
        pending.isNew = failure == null && answers.get(i);
        pending.done = true;
      }
      writing = false;
      turn.notifyAll();
    }
  }

  /** One caller's item and, once written, its answer; the fields are guarded by {@code turn}. */
  private static final class Pending<T> {
    private final T item;
    private boolean done;
    private boolean isNew;
    private RuntimeException failure;

    Pending(T item) {
      this.item = item;
    }

    T item() {
      return item;
    }

    /** Read by the caller after it saw {@code done} under {@code turn}. */
    boolean answer() {
      if (failure != null) {
        throw failure;
      }
      return isNew;
    }
  }
}
