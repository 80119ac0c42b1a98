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
import java.util.Optional;
import java.util.Set;
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
    BatchCache cache = new BatchCache(handle);
    apply(cache, event);
    cache.flush();
  }

  @Override
  public void apply(BatchCache cache, ChatEvent event) {
    long workspaceId = cache.workspaceId(event.workspace());
    if (event instanceof MessagePosted posted) {
      posted(cache, workspaceId, posted);
    } else if (event instanceof MessageEdited edited) {
      edited(cache, workspaceId, edited);
    } else if (event instanceof MessageDeleted deleted) {
      deleted(cache, workspaceId, deleted);
    } else if (event instanceof ReactionAdded reaction) {
      reacted(cache, workspaceId, reaction);
    } else if (event instanceof ReactionRemoved reaction) {
      unreacted(cache, workspaceId, reaction);
    } else if (event instanceof MemberProfileChanged profile) {
      long memberId = cache.memberId(workspaceId, profile.member().value());
      Directory directory = cache.handle().attach(Directory.class);
      directory.describeMember(memberId, profile.timeZone(), profile.bot(), profile.deleted());
    } else if (event instanceof ChannelChanged channel) {
      long channelId = cache.channelId(workspaceId, channel.channel());
      Directory directory = cache.handle().attach(Directory.class);
      directory.seedChannel(channelId, urgentByName.test(channel.name()));
      directory.describeChannel(channelId, channel.name(), channel.archived());
    }
  }

  private void posted(BatchCache cache, long workspaceId, MessagePosted p) {
    long channelId = cache.channelId(workspaceId, p.channel());
    List<String> flags = flagsOfPost.apply(p);
    MessageMeta message =
        new MessageMeta(
            p.message(),
            p.rootOrSelf(),
            p.author(),
            p.authorKind(),
            p.occurredAt(),
            p.broadcast(),
            Set.copyOf(flags));
    // Stores nothing when the message was stored before or deleted before it arrived.
    if (cache.insertMessage(workspaceId, channelId, message, flags, p.attachments())) {
      refresh(cache, workspaceId, channelId, p.rootOrSelf());
    }
  }

  private void edited(BatchCache cache, long workspaceId, MessageEdited e) {
    long channelId = cache.channelId(workspaceId, e.channel());
    int changed =
        cache.markEdited(channelId, e.message().value(), e.occurredAt(), flagsOfEdit.apply(e));
    if (changed > 0) {
      Optional<String> root = cache.rootOf(channelId, e.message().value());
      root.ifPresent(r -> refresh(cache, workspaceId, channelId, new MessageKey(r)));
    }
  }

  private void deleted(BatchCache cache, long workspaceId, MessageDeleted d) {
    long channelId = cache.channelId(workspaceId, d.channel());
    String key = d.message().value();
    MessageKey root = cache.rootOf(channelId, key).map(MessageKey::new).orElse(d.message());
    cache.deleteMessage(channelId, key);
    cache.tombstone(channelId, key, d.occurredAt());
    refresh(cache, workspaceId, channelId, root);
  }

  private void reacted(BatchCache cache, long workspaceId, ReactionAdded r) {
    long channelId = cache.channelId(workspaceId, r.channel());
    cache
        .thread(channelId, r.message().value())
        .filter(t -> tracker.resolvesByReaction(t, r.member(), r.reaction()))
        .map(t -> t.withStatus(ThreadStatus.RESOLVED, r.occurredAt(), "reaction"))
        .ifPresent(t -> cache.saveThread(workspaceId, channelId, t));
  }

  private void unreacted(BatchCache cache, long workspaceId, ReactionRemoved r) {
    long channelId = cache.channelId(workspaceId, r.channel());
    cache
        .thread(channelId, r.message().value())
        .filter(t -> tracker.reopensByReactionRemoval(t, r.member(), r.reaction()))
        .map(t -> t.withStatus(tracker.unresolvedStatus(t), r.occurredAt(), null))
        .ifPresent(t -> cache.saveThread(workspaceId, channelId, t));
  }

  private void refresh(BatchCache cache, long workspaceId, long channelId, MessageKey root) {
    ThreadState previous = cache.thread(channelId, root.value()).orElse(null);
    List<MessageMeta> messages = cache.threadMessages(channelId, root.value());
    boolean rootDeleted = cache.isTombstoned(channelId, root.value());
    Optional<ThreadState> next = tracker.derive(previous, root, messages, rootDeleted);
    if (next.isPresent()) {
      cache.saveThread(workspaceId, channelId, next.get());
    } else if (previous != null) {
      cache.deleteThread(channelId, root.value());
    }
  }
}
