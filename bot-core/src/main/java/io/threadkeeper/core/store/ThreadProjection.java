package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.tracker.MessageMeta;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * Keeps workspaces, channels, members, message metadata and threads up to date from events. The
 * thread figures come from {@link ThreadTracker}; this class only loads and saves.
 *
 * <p>Thread-safe (stateless apart from its collaborators).
 */
public final class ThreadProjection implements EventApplier {
  private final ThreadTracker tracker;
  private final Function<MessagePosted, List<String>> flagsOfPost;
  private final Function<MessageEdited, List<String>> flagsOfEdit;
  private final Predicate<String> urgentByName;

  /**
   * @param flagsOfPost facts to keep about a new message, read from its text in memory
   * @param flagsOfEdit the same for an edited message
   */
  public ThreadProjection(
      ThreadTracker tracker,
      Function<MessagePosted, List<String>> flagsOfPost,
      Function<MessageEdited, List<String>> flagsOfEdit) {
    this(tracker, flagsOfPost, flagsOfEdit, name -> false);
  }

  /**
   * @param urgentByName which channels start out urgent, by name, when first seen
   */
  public ThreadProjection(
      ThreadTracker tracker,
      Function<MessagePosted, List<String>> flagsOfPost,
      Function<MessageEdited, List<String>> flagsOfEdit,
      Predicate<String> urgentByName) {
    this.tracker = tracker;
    this.flagsOfPost = flagsOfPost;
    this.flagsOfEdit = flagsOfEdit;
    this.urgentByName = urgentByName;
  }

  @Override
  public void apply(Handle handle, ChatEvent event) {
    Directory directory = handle.attach(Directory.class);
    ThreadStore threads = handle.attach(ThreadStore.class);
    long workspaceId = directory.workspaceId(event.workspace());
    if (event instanceof MessagePosted posted) {
      posted(directory, threads, workspaceId, posted);
    } else if (event instanceof MessageEdited edited) {
      edited(directory, threads, workspaceId, edited);
    } else if (event instanceof MessageDeleted deleted) {
      deleted(directory, threads, workspaceId, deleted);
    } else if (event instanceof ReactionAdded reaction) {
      reacted(directory, threads, workspaceId, reaction);
    } else if (event instanceof ReactionRemoved reaction) {
      unreacted(directory, threads, workspaceId, reaction);
    } else if (event instanceof MemberProfileChanged profile) {
      long memberId = directory.memberId(workspaceId, profile.member().value());
      directory.describeMember(memberId, profile.timeZone(), profile.bot(), profile.deleted());
    } else if (event instanceof ChannelChanged channel) {
      long channelId = directory.channelId(workspaceId, channel.channel());
      directory.seedChannel(channelId, urgentByName.test(channel.name()));
      directory.describeChannel(channelId, channel.name(), channel.archived());
    }
  }

  private void posted(Directory directory, ThreadStore threads, long workspaceId, MessagePosted p) {
    long channelId = directory.channelId(workspaceId, p.channel());
    if (threads.isTombstoned(channelId, p.message().value())) {
      return;
    }
    boolean isNew =
        threads.insertMessage(
            workspaceId,
            channelId,
            p.message().value(),
            p.rootOrSelf().value(),
            directory.memberIdOrNull(workspaceId, p.author()),
            p.authorKind().name().toLowerCase(Locale.ROOT),
            p.occurredAt(),
            p.broadcast(),
            p.attachments(),
            flagsOfPost.apply(p));
    if (isNew) {
      refresh(directory, threads, workspaceId, channelId, p.rootOrSelf());
    }
  }

  private void edited(Directory directory, ThreadStore threads, long workspaceId, MessageEdited e) {
    long channelId = directory.channelId(workspaceId, e.channel());
    int changed =
        threads.markEdited(channelId, e.message().value(), e.occurredAt(), flagsOfEdit.apply(e));
    if (changed > 0) {
      Optional<String> root = threads.rootOf(channelId, e.message().value());
      root.ifPresent(r -> refresh(directory, threads, workspaceId, channelId, new MessageKey(r)));
    }
  }

  private void deleted(
      Directory directory, ThreadStore threads, long workspaceId, MessageDeleted d) {
    long channelId = directory.channelId(workspaceId, d.channel());
    String key = d.message().value();
    MessageKey root = threads.rootOf(channelId, key).map(MessageKey::new).orElse(d.message());
    threads.deleteMessage(channelId, key);
    threads.tombstone(channelId, key, d.occurredAt());
    refresh(directory, threads, workspaceId, channelId, root);
  }

  private void reacted(
      Directory directory, ThreadStore threads, long workspaceId, ReactionAdded r) {
    long channelId = directory.channelId(workspaceId, r.channel());
    threads
        .findThread(channelId, r.message().value())
        .filter(t -> tracker.resolvesByReaction(t, r.member(), r.reaction()))
        .map(t -> t.withStatus(ThreadStatus.RESOLVED, r.occurredAt(), "reaction"))
        .ifPresent(t -> save(directory, threads, workspaceId, channelId, t));
  }

  private void unreacted(
      Directory directory, ThreadStore threads, long workspaceId, ReactionRemoved r) {
    long channelId = directory.channelId(workspaceId, r.channel());
    threads
        .findThread(channelId, r.message().value())
        .filter(t -> tracker.reopensByReactionRemoval(t, r.member(), r.reaction()))
        .map(t -> t.withStatus(tracker.unresolvedStatus(t), r.occurredAt(), null))
        .ifPresent(t -> save(directory, threads, workspaceId, channelId, t));
  }

  private void refresh(
      Directory directory, ThreadStore threads, long workspaceId, long channelId, MessageKey root) {
    ThreadState previous = threads.findThread(channelId, root.value()).orElse(null);
    List<MessageMeta> messages = threads.threadMessages(channelId, root.value());
    boolean rootDeleted = threads.isTombstoned(channelId, root.value());
    Optional<ThreadState> next = tracker.derive(previous, root, messages, rootDeleted);
    if (next.isPresent()) {
      save(directory, threads, workspaceId, channelId, next.get());
    } else if (previous != null) {
      threads.deleteThread(channelId, root.value());
    }
  }

  private static void save(
      Directory directory, ThreadStore threads, long workspaceId, long channelId, ThreadState t) {
    threads.saveThread(
        workspaceId,
        channelId,
        directory.memberIdOrNull(workspaceId, t.author()),
        directory.memberIdOrNull(workspaceId, t.owner()),
        t.status().key(),
        ThreadRow.of(t));
  }
}
