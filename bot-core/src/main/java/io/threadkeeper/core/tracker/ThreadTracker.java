package io.threadkeeper.core.tracker;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a thread's state from the metadata of its messages and the decisions already made about
 * it. Pure and stateless: storage only persists what it returns.
 *
 * <p>Deriving everything from the messages that still exist makes deletions exact (a deleted
 * message takes its contribution with it) and makes a replayed or reordered delivery harmless.
 */
public final class ThreadTracker {
  private static final Set<String> RESOLVING_REACTIONS =
      Set.of("white_check_mark", "heavy_check_mark", "ballot_box_with_check", "✅", "✔️", "☑️");

  private final boolean resolveOnCheckmark;

  /**
   * @param resolveOnCheckmark whether the owner's ✅ reaction on the root resolves the thread
   */
  public ThreadTracker(boolean resolveOnCheckmark) {
    this.resolveOnCheckmark = resolveOnCheckmark;
  }

  /**
   * The thread's state now.
   *
   * @param previous the stored state, or {@code null} for a thread not seen before
   * @param messages every stored message of the thread, the root included if it is known
   * @param rootDeleted whether the root message was deleted on the platform
   * @return empty when there is no thread (any more): a root that is not a human's, or a deleted
   *     root without replies
   */
  public Optional<ThreadState> derive(
      ThreadState previous, MessageKey root, List<MessageMeta> messages, boolean rootDeleted) {
    Optional<MessageMeta> rootMessage = messages.stream().filter(MessageMeta::isRoot).findFirst();
    if (rootMessage.isPresent() && !rootMessage.get().countsAsActivity()) {
      return Optional.empty();
    }
    List<MessageMeta> human =
        messages.stream()
            .filter(MessageMeta::countsAsActivity)
            .sorted(Comparator.comparing(MessageMeta::postedAt))
            .toList();
    List<MessageMeta> replies = human.stream().filter(m -> !m.isRoot()).toList();
    if (human.isEmpty() || (rootMessage.isEmpty() && replies.isEmpty())) {
      return Optional.empty();
    }
    MemberId author = rootMessage.map(MessageMeta::author).orElse(null);
    Instant firstReply = firstReplyAt(author, replies);
    MemberId owner = previous != null && previous.owner() != null ? previous.owner() : author;
    return Optional.of(
        new ThreadState(
            root,
            author,
            owner,
            status(previous, firstReply),
            replies.size(),
            participants(human).size(),
            rootMessage.map(MessageMeta::postedAt).orElse(human.get(0).postedAt()),
            firstReply,
            human.get(human.size() - 1).postedAt(),
            summary(previous, human),
            previous == null ? null : previous.dueAt(),
            rootDeleted,
            previous == null ? null : previous.resolvedAt(),
            previous == null ? null : previous.resolvedVia()));
  }

  /** Whether {@code reaction} by {@code member} on the root resolves {@code thread}. */
  public boolean resolvesByReaction(ThreadState thread, MemberId member, String reaction) {
    return resolveOnCheckmark
        && thread.status() != ThreadStatus.RESOLVED
        && Objects.equals(thread.owner(), member)
        && RESOLVING_REACTIONS.contains(reaction);
  }

  /** Whether taking {@code reaction} back reopens a thread it had resolved. */
  public boolean reopensByReactionRemoval(ThreadState thread, MemberId member, String reaction) {
    return thread.status() == ThreadStatus.RESOLVED
        && "reaction".equals(thread.resolvedVia())
        && Objects.equals(thread.owner(), member)
        && RESOLVING_REACTIONS.contains(reaction);
  }

  /** The status a thread returns to when it is no longer resolved. */
  public ThreadStatus unresolvedStatus(ThreadState thread) {
    return thread.isAnswered() ? ThreadStatus.ANSWERED : ThreadStatus.OPEN;
  }

  private static Instant firstReplyAt(MemberId author, List<MessageMeta> replies) {
    return replies.stream()
        .filter(r -> author == null || !author.equals(r.author()))
        .map(MessageMeta::postedAt)
        .findFirst()
        .orElse(null);
  }

  private static Set<MemberId> participants(List<MessageMeta> human) {
    Set<MemberId> participants = new LinkedHashSet<>();
    human.stream().map(MessageMeta::author).filter(Objects::nonNull).forEach(participants::add);
    return participants;
  }

  private static ThreadStatus status(ThreadState previous, Instant firstReply) {
    if (previous != null && previous.status() == ThreadStatus.RESOLVED) {
      return ThreadStatus.RESOLVED;
    }
    if (firstReply != null) {
      return ThreadStatus.ANSWERED;
    }
    if (previous != null
        && (previous.status() == ThreadStatus.OVERDUE || previous.status() == ThreadStatus.STALE)) {
      return previous.status();
    }
    return ThreadStatus.OPEN;
  }

  private static MessageKey summary(ThreadState previous, List<MessageMeta> human) {
    if (previous != null && previous.summary() != null) {
      boolean stillThere = human.stream().anyMatch(m -> m.key().equals(previous.summary()));
      if (stillThere) {
        return previous.summary();
      }
    }
    return human.stream()
        .filter(m -> !m.isRoot() && m.flags().contains(MessageMeta.SUMMARY))
        .map(MessageMeta::key)
        .reduce((first, second) -> second)
        .orElse(null);
  }
}
