package io.threadkeeper.core.store;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.tracker.MessageMeta;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The rows and ids that the appliers of one inbox batch read over and over — directory ids, channel
 * policy, workspace settings, member schedules, threads, tallies — read through once and kept for
 * the rest of the batch, in the batch's transaction.
 *
 * <p>Whoever writes a cached row through this class keeps it current. Everything is forgotten when
 * a row's savepoint is rolled back, and around events whose appliers change rows behind the cache's
 * back (commands, interactions, channel and member changes), so each such event starts and ends
 * with an empty cache. Only message and reaction events share what is cached.
 *
 * <p>Not thread-safe: one per batch, on the batch's thread.
 */
public final class BatchCache {
  private final Handle handle;
  private final Directory directory;
  private final ThreadStore threads;
  private final NormsStore norms;
  private final Map<String, Long> workspaceIds = new HashMap<>();
  private final Map<Place, Long> channelIds = new HashMap<>();
  private final Map<Place, Long> memberIds = new HashMap<>();
  private final Map<Long, NormsStore.WorkspaceRow> workspaces = new HashMap<>();
  private final Map<Long, Optional<NormsStore.ChannelRow>> channels = new HashMap<>();
  private final Map<Place, Optional<NormsStore.MemberRow>> members = new HashMap<>();
  private final Map<Place, Optional<ThreadState>> threadStates = new HashMap<>();
  private final Map<Place, Optional<NormsStore.ThreadRef>> threadRefs = new HashMap<>();
  private final Map<Place, Boolean> tombstones = new HashMap<>();
  private final Map<Place, List<MessageMeta>> threadMessages = new HashMap<>();
  private final Map<Place, Optional<NormsStore.Tally>> nudgeTallies = new HashMap<>();
  private boolean sharedWithNext = true;

  /** A key within a parent row: a channel or member in a workspace, a message in a channel. */
  private record Place(long parent, String key) {}

  public BatchCache(Handle handle) {
    this.handle = handle;
    this.directory = handle.attach(Directory.class);
    this.threads = handle.attach(ThreadStore.class);
    this.norms = handle.attach(NormsStore.class);
  }

  public Handle handle() {
    return handle;
  }

  /** Called before each event: forgets everything unless this and the last event may share. */
  public void startEvent(ChatEvent event) {
    boolean shares = sharesCache(event);
    if (!shares || !sharedWithNext) {
      clear();
    }
    sharedWithNext = shares;
  }

  /** Forgets everything, e.g. after a row's savepoint was rolled back. */
  public void clear() {
    Stream.of(
            workspaceIds,
            channelIds,
            memberIds,
            workspaces,
            channels,
            members,
            threadStates,
            threadRefs,
            tombstones,
            threadMessages,
            nudgeTallies)
        .forEach(Map::clear);
  }

  private static boolean sharesCache(ChatEvent event) {
    return event instanceof MessagePosted
        || event instanceof MessageEdited
        || event instanceof MessageDeleted
        || event instanceof ReactionAdded
        || event instanceof ReactionRemoved;
  }

  long workspaceId(WorkspaceRef workspace) {
    return workspaceIds.computeIfAbsent(workspace.key(), k -> directory.workspaceId(workspace));
  }

  long channelId(long workspaceId, ChannelId channel) {
    return channelIds.computeIfAbsent(
        new Place(workspaceId, channel.value()), p -> directory.channelId(workspaceId, channel));
  }

  long memberId(long workspaceId, String externalId) {
    return memberIds.computeIfAbsent(
        new Place(workspaceId, externalId), p -> directory.memberId(workspaceId, externalId));
  }

  Long memberIdOrNull(long workspaceId, MemberId member) {
    return member == null ? null : memberId(workspaceId, member.value());
  }

  NormsStore.WorkspaceRow workspaceRow(long workspaceId) {
    return workspaces.computeIfAbsent(workspaceId, norms::workspace);
  }

  Optional<NormsStore.ChannelRow> channelRow(long channelId) {
    return channels.computeIfAbsent(channelId, norms::channel);
  }

  /** The schedule rows of those of {@code externalIds} that exist, one query for the unknown. */
  List<NormsStore.MemberRow> memberRows(long workspaceId, List<String> externalIds) {
    List<String> unknown =
        externalIds.stream()
            .filter(id -> !members.containsKey(new Place(workspaceId, id)))
            .toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(id -> members.put(new Place(workspaceId, id), Optional.empty()));
      for (NormsStore.MemberRow row : norms.members(workspaceId, unknown)) {
        members.put(new Place(workspaceId, row.externalId()), Optional.of(row));
      }
    }
    List<NormsStore.MemberRow> rows = new ArrayList<>();
    for (String id : externalIds) {
      members.get(new Place(workspaceId, id)).ifPresent(rows::add);
    }
    return rows;
  }

  Optional<ThreadState> thread(long channelId, String rootKey) {
    return threadStates.computeIfAbsent(
        new Place(channelId, rootKey), p -> threads.findThread(channelId, rootKey));
  }

  Optional<NormsStore.ThreadRef> threadRef(long channelId, String rootKey) {
    return threadRefs.computeIfAbsent(
        new Place(channelId, rootKey), p -> norms.thread(channelId, rootKey));
  }

  /** The metadata of a thread's messages, in the order the store gives them. */
  List<MessageMeta> threadMessages(long channelId, String rootKey) {
    return threadMessages.computeIfAbsent(
        new Place(channelId, rootKey),
        p -> List.copyOf(threads.threadMessages(channelId, rootKey)));
  }

  /**
   * Stores a new message's metadata unless it was stored or deleted before; returns whether it was
   * new. A cached thread learns it when it is the thread's latest, where the store's order is
   * certain; otherwise the thread is read again when asked for.
   */
  boolean insertMessage(
      long workspaceId, long channelId, MessageMeta message, List<String> flags, int attachments) {
    boolean isNew =
        threads.insertMessage(
            workspaceId,
            channelId,
            message.key().value(),
            message.root().value(),
            memberIdOrNull(workspaceId, message.author()),
            message.authorKind().name().toLowerCase(Locale.ROOT),
            message.postedAt(),
            message.broadcast(),
            attachments,
            flags);
    Place thread = new Place(channelId, message.root().value());
    List<MessageMeta> cached = threadMessages.get(thread);
    if (isNew && cached != null) {
      if (storedExactly(message.postedAt())
          && (cached.isEmpty()
              || cached.get(cached.size() - 1).postedAt().isBefore(message.postedAt()))) {
        List<MessageMeta> longer = new ArrayList<>(cached);
        longer.add(message);
        threadMessages.put(thread, List.copyOf(longer));
      } else {
        threadMessages.remove(thread);
      }
    }
    return isNew;
  }

  int markEdited(long channelId, String messageKey, Instant editedAt, List<String> flags) {
    forgetMessagesOf(channelId);
    return threads.markEdited(channelId, messageKey, editedAt, flags);
  }

  void deleteMessage(long channelId, String messageKey) {
    forgetMessagesOf(channelId);
    threads.deleteMessage(channelId, messageKey);
  }

  private void forgetMessagesOf(long channelId) {
    threadMessages.keySet().removeIf(place -> place.parent() == channelId);
  }

  boolean isTombstoned(long channelId, String messageKey) {
    return tombstones.computeIfAbsent(
        new Place(channelId, messageKey), p -> threads.isTombstoned(channelId, messageKey));
  }

  Optional<NormsStore.Tally> nudges(long memberId, long channelId) {
    return nudgeTallies.computeIfAbsent(
        new Place(memberId, Long.toString(channelId)), p -> norms.nudges(memberId, channelId));
  }

  /** Saves a thread; keeps it for later reads when reading it back would give the same state. */
  void saveThread(long workspaceId, long channelId, ThreadState thread) {
    threads.saveThread(
        workspaceId,
        channelId,
        memberIdOrNull(workspaceId, thread.author()),
        memberIdOrNull(workspaceId, thread.owner()),
        thread.status().key(),
        ThreadRow.of(thread));
    Place place = new Place(channelId, thread.root().value());
    if (storedExactly(thread)) {
      threadStates.put(place, Optional.of(thread));
    } else {
      threadStates.remove(place);
    }
    // An upsert keeps an existing row's id and norms, but may have created the row.
    if (threadRefs.getOrDefault(place, Optional.empty()).isEmpty()) {
      threadRefs.remove(place);
    }
  }

  /** Deletes the thread, its deadlines (by cascade) and its messages not yet sent. */
  void deleteThread(long channelId, String rootKey) {
    threads.deleteThread(channelId, rootKey);
    threads.dropPendingMessages(channelId, rootKey);
    Place place = new Place(channelId, rootKey);
    threadStates.put(place, Optional.empty());
    threadRefs.put(place, Optional.empty());
  }

  void tombstone(long channelId, String messageKey, Instant at) {
    threads.tombstone(channelId, messageKey, at);
    tombstones.put(new Place(channelId, messageKey), true);
  }

  /** Stores what the norms remember of a thread, and its new state when there is one. */
  void rememberThread(long threadId, String normsJson, String state) {
    norms.rememberThread(threadId, normsJson, state);
    List<Place> places =
        threadRefs.entrySet().stream()
            .filter(e -> e.getValue().map(ref -> ref.id() == threadId).orElse(false))
            .map(Map.Entry::getKey)
            .toList();
    places.forEach(
        place -> threadRefs.put(place, Optional.of(new NormsStore.ThreadRef(threadId, normsJson))));
    if (state != null && places.isEmpty()) {
      threadStates.clear();
    } else if (state != null) {
      places.forEach(threadStates::remove);
    }
  }

  void countNudges(long memberId, long channelId, LocalDate day, int count) {
    norms.countNudges(memberId, channelId, day, count);
    nudgeTallies.put(
        new Place(memberId, Long.toString(channelId)),
        Optional.of(new NormsStore.Tally(day, count)));
  }

  private static boolean storedExactly(ThreadState t) {
    return Stream.of(t.openedAt(), t.firstReplyAt(), t.lastActivityAt(), t.dueAt(), t.resolvedAt())
        .allMatch(BatchCache::storedExactly);
  }

  /** PostgreSQL keeps microseconds: a finer instant reads back different. */
  private static boolean storedExactly(Instant at) {
    return at == null || at.getNano() % 1_000 == 0;
  }
}
