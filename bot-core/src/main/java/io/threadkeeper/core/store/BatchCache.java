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
import io.threadkeeper.core.outbox.OutboxEntry;
import io.threadkeeper.core.tracker.MessageMeta;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The rows and ids that the appliers of one inbox batch read over and over — directory ids, channel
 * policy, workspace settings, member schedules, threads, tallies — read once and kept for the rest
 * of the batch, in the batch's transaction. {@link #prefetch} reads what a batch of messages will
 * need in a few queries for the whole batch; the writes nobody reads back are held in a {@link
 * WriteBehind} and sent together.
 *
 * <p>Whoever writes a cached row through this class keeps it current. Held-back writes are sent
 * before any read of the tables they touch that the cache cannot answer, before anyone is given the
 * {@link #handle()}, and at {@link #flush()}. Everything is forgotten when a row's savepoint is
 * rolled back ({@link #discard()}), and around events whose appliers change rows behind the cache's
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
  private final BatchReads reads;
  private final WriteBehind pending;
  private final Deque<Long> newThreadIds = new ArrayDeque<>();
  private final Map<String, Long> workspaceIds = new HashMap<>();
  private final Map<Place, Long> channelIds = new HashMap<>();
  private final Map<Place, Long> memberIds = new HashMap<>();
  private final Map<Long, NormsStore.WorkspaceRow> workspaces = new HashMap<>();
  private final Map<Long, Optional<NormsStore.ChannelRow>> channels = new HashMap<>();
  private final Map<Place, Optional<NormsStore.MemberRow>> members = new HashMap<>();
  private final Map<Place, Optional<ThreadState>> threadStates = new HashMap<>();
  private final Map<Place, Optional<NormsStore.ThreadRef>> threadRefs = new HashMap<>();
  private final Map<Place, Boolean> tombstones = new HashMap<>();
  private final Map<Place, Boolean> storedMessages = new HashMap<>();
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
    this.reads = handle.attach(BatchReads.class);
    this.pending = new WriteBehind(handle);
  }

  /** The batch's handle, with every held-back write sent, for reads and writes of one's own. */
  public Handle handle() {
    flush();
    return handle;
  }

  /** Sends the held-back writes. */
  public void flush() {
    pending.flush();
  }

  /**
   * Reads at once what the batch's new messages will need: their threads, those threads' messages,
   * whether the messages and roots were stored or deleted before, their authors' schedules and
   * nudge tallies. Resolves (and so creates) the directory rows the appliers would create anyway.
   */
  public void prefetch(List<ChatEvent> events) {
    List<MessagePosted> posts =
        events.stream()
            .filter(MessagePosted.class::isInstance)
            .map(MessagePosted.class::cast)
            .toList();
    if (posts.isEmpty()) {
      return;
    }
    Map<Long, Set<String>> authors = prefetchIds(posts);
    Set<Place> roots = new LinkedHashSet<>();
    Set<Place> keys = new LinkedHashSet<>();
    Set<Place> tallies = new LinkedHashSet<>();
    for (MessagePosted posted : posts) {
      long workspaceId = workspaceId(posted.workspace());
      long channelId = channelId(workspaceId, posted.channel());
      String root = posted.rootOrSelf().value();
      roots.add(new Place(channelId, root));
      keys.add(new Place(channelId, root));
      keys.add(new Place(channelId, posted.message().value()));
      if (posted.author() != null) {
        long memberId = memberId(workspaceId, posted.author().value());
        tallies.add(new Place(memberId, Long.toString(channelId)));
      }
    }
    flush();
    prefetchThreads(roots);
    prefetchKeys(keys);
    prefetchTallies(tallies);
    authors.forEach((workspaceId, ids) -> memberRows(workspaceId, List.copyOf(ids)));
  }

  /**
   * The ids of the channels and authors already stored, one query each per workspace.
   *
   * @return the authors' external ids by workspace
   */
  private Map<Long, Set<String>> prefetchIds(List<MessagePosted> posts) {
    Map<Long, Set<String>> channels = new HashMap<>();
    Map<Long, Set<String>> members = new HashMap<>();
    for (MessagePosted posted : posts) {
      long workspaceId = workspaceId(posted.workspace());
      channels.computeIfAbsent(workspaceId, w -> new HashSet<>()).add(posted.channel().value());
      if (posted.author() != null) {
        members
            .computeIfAbsent(workspaceId, w -> new LinkedHashSet<>())
            .add(posted.author().value());
      }
    }
    channels.forEach(
        (workspaceId, keys) ->
            reads
                .channelIds(workspaceId, keys.toArray(String[]::new))
                .forEach(k -> channelIds.put(new Place(workspaceId, k.externalId()), k.id())));
    members.forEach(
        (workspaceId, keys) ->
            reads
                .memberIds(workspaceId, keys.toArray(String[]::new))
                .forEach(k -> memberIds.put(new Place(workspaceId, k.externalId()), k.id())));
    return members;
  }

  private void prefetchThreads(Set<Place> roots) {
    Long[] channels = roots.stream().map(Place::parent).toArray(Long[]::new);
    String[] keys = roots.stream().map(Place::key).toArray(String[]::new);
    Map<Place, List<MessageMeta>> messages = new HashMap<>();
    for (Place root : roots) {
      threadStates.putIfAbsent(root, Optional.empty());
      threadRefs.putIfAbsent(root, Optional.empty());
      messages.put(root, new ArrayList<>());
    }
    for (BatchReads.StoredThread t : reads.threads(channels, keys)) {
      Place root = new Place(t.channelId(), t.state().root().value());
      threadStates.put(root, Optional.of(t.state()));
      threadRefs.put(root, Optional.of(new NormsStore.ThreadRef(t.id(), t.norms())));
    }
    for (BatchReads.ThreadMessage m : reads.messages(channels, keys)) {
      messages.get(new Place(m.channelId(), m.meta().root().value())).add(m.meta());
    }
    messages.forEach((root, list) -> threadMessages.put(root, List.copyOf(list)));
    long unstored = roots.stream().filter(root -> threadRefs.get(root).isEmpty()).count();
    if (unstored > 0) {
      newThreadIds.addAll(reads.newThreadIds((int) unstored));
    }
  }

  private void prefetchKeys(Set<Place> keys) {
    Long[] channels = keys.stream().map(Place::parent).toArray(Long[]::new);
    String[] messageKeys = keys.stream().map(Place::key).toArray(String[]::new);
    keys.forEach(
        key -> {
          storedMessages.putIfAbsent(key, false);
          tombstones.putIfAbsent(key, false);
        });
    reads
        .storedMessages(channels, messageKeys)
        .forEach(k -> storedMessages.put(new Place(k.channelId(), k.key()), true));
    reads
        .tombstones(channels, messageKeys)
        .forEach(k -> tombstones.put(new Place(k.channelId(), k.key()), true));
  }

  private void prefetchTallies(Set<Place> tallies) {
    Long[] members = tallies.stream().map(Place::parent).toArray(Long[]::new);
    Long[] channels = tallies.stream().map(t -> Long.valueOf(t.key())).toArray(Long[]::new);
    tallies.forEach(t -> nudgeTallies.putIfAbsent(t, Optional.empty()));
    for (BatchReads.StoredTally t : reads.nudges(members, channels)) {
      nudgeTallies.put(
          new Place(t.memberId(), Long.toString(t.channelId())), Optional.of(t.tally()));
    }
  }

  /** Called before each event: forgets everything unless this and the last event may share. */
  public void startEvent(ChatEvent event) {
    boolean shares = sharesCache(event);
    if (!shares || !sharedWithNext) {
      clear();
    }
    sharedWithNext = shares;
  }

  /** Sends what is held back and forgets everything, e.g. after rows changed behind its back. */
  public void clear() {
    flush();
    forget();
  }

  /** Drops what is held back and forgets everything, after a row's savepoint was rolled back. */
  public void discard() {
    pending.discard();
    forget();
  }

  private void forget() {
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
            storedMessages,
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
        new Place(channelId, rootKey), p -> flushed().findThread(channelId, rootKey));
  }

  Optional<NormsStore.ThreadRef> threadRef(long channelId, String rootKey) {
    return threadRefs.computeIfAbsent(
        new Place(channelId, rootKey),
        p -> {
          flush();
          return norms.thread(channelId, rootKey);
        });
  }

  /** The metadata of a thread's messages, in the order the store gives them. */
  List<MessageMeta> threadMessages(long channelId, String rootKey) {
    return threadMessages.computeIfAbsent(
        new Place(channelId, rootKey),
        p -> List.copyOf(flushed().threadMessages(channelId, rootKey)));
  }

  /** The root of the thread a stored message is in. */
  Optional<String> rootOf(long channelId, String messageKey) {
    return flushed().rootOf(channelId, messageKey);
  }

  /**
   * Stores a new message's metadata unless it was stored or deleted before; returns whether it was
   * new. When the batch's reads tell, the row is held back; otherwise it is written at once.
   */
  boolean insertMessage(
      long workspaceId, long channelId, MessageMeta message, List<String> flags, int attachments) {
    Place at = new Place(channelId, message.key().value());
    WriteBehind.MessageWrite write =
        new WriteBehind.MessageWrite(
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
    Boolean stored = storedMessages.get(at);
    Boolean deleted = tombstones.get(at);
    boolean isNew;
    if (stored != null && deleted != null) {
      isNew = !stored && !deleted;
      if (isNew) {
        pending.insertMessage(write);
      }
    } else {
      isNew = insertNow(write);
    }
    if (isNew) {
      storedMessages.put(at, true);
      learnMessage(channelId, message);
    }
    return isNew;
  }

  private boolean insertNow(WriteBehind.MessageWrite m) {
    return flushed()
        .insertMessage(
            m.workspaceId(),
            m.channelId(),
            m.messageKey(),
            m.rootKey(),
            m.authorId(),
            m.authorKind(),
            m.postedAt(),
            m.broadcast(),
            m.attachments(),
            m.flags());
  }

  /**
   * Adds a new message to its cached thread in the store's order (by time, then key). Where the
   * order is not certain — a time PostgreSQL would round, or a tie its collation would break — the
   * thread is read again when asked for.
   */
  private void learnMessage(long channelId, MessageMeta message) {
    Place thread = new Place(channelId, message.root().value());
    List<MessageMeta> cached = threadMessages.get(thread);
    if (cached == null) {
      return;
    }
    Instant at = message.postedAt();
    boolean certain = storedExactly(at) && cached.stream().noneMatch(m -> m.postedAt().equals(at));
    if (!certain) {
      threadMessages.remove(thread);
      return;
    }
    int position = 0;
    while (position < cached.size() && cached.get(position).postedAt().isBefore(at)) {
      position++;
    }
    List<MessageMeta> longer = new ArrayList<>(cached);
    longer.add(position, message);
    threadMessages.put(thread, List.copyOf(longer));
  }

  int markEdited(long channelId, String messageKey, Instant editedAt, List<String> flags) {
    forgetMessagesOf(channelId);
    return flushed().markEdited(channelId, messageKey, editedAt, flags);
  }

  void deleteMessage(long channelId, String messageKey) {
    forgetMessagesOf(channelId);
    flushed().deleteMessage(channelId, messageKey);
    storedMessages.put(new Place(channelId, messageKey), false);
  }

  private void forgetMessagesOf(long channelId) {
    threadMessages.keySet().removeIf(place -> place.parent() == channelId);
  }

  boolean isTombstoned(long channelId, String messageKey) {
    return tombstones.computeIfAbsent(
        new Place(channelId, messageKey), p -> flushed().isTombstoned(channelId, messageKey));
  }

  Optional<NormsStore.Tally> nudges(long memberId, long channelId) {
    return nudgeTallies.computeIfAbsent(
        new Place(memberId, Long.toString(channelId)),
        p -> {
          flush();
          return norms.nudges(memberId, channelId);
        });
  }

  /**
   * Saves a thread; keeps it for later reads when reading it back would give the same state. A
   * thread known not to be stored yet is given its row id now, so the norms can refer to it before
   * the row is written.
   */
  void saveThread(long workspaceId, long channelId, ThreadState thread) {
    Place place = new Place(channelId, thread.root().value());
    Optional<NormsStore.ThreadRef> ref = threadRefs.get(place);
    Long newId = null;
    if (ref != null && ref.isEmpty()) {
      newId = nextThreadId();
      ref = Optional.of(new NormsStore.ThreadRef(newId, null));
      threadRefs.put(place, ref);
    }
    pending.saveThread(
        new WriteBehind.ThreadWrite(
            workspaceId,
            channelId,
            memberIdOrNull(workspaceId, thread.author()),
            memberIdOrNull(workspaceId, thread.owner()),
            thread.status().key(),
            ThreadRow.of(thread),
            newId),
        ref == null ? null : ref.get().id());
    if (storedExactly(thread)) {
      threadStates.put(place, Optional.of(thread));
    } else {
      threadStates.remove(place);
    }
  }

  private long nextThreadId() {
    if (newThreadIds.isEmpty()) {
      newThreadIds.addAll(reads.newThreadIds(16));
    }
    return newThreadIds.removeFirst();
  }

  /** Deletes the thread, its deadlines (by cascade) and its messages not yet sent. */
  void deleteThread(long channelId, String rootKey) {
    flush();
    threads.deleteThread(channelId, rootKey);
    threads.dropPendingMessages(channelId, rootKey);
    Place place = new Place(channelId, rootKey);
    threadStates.put(place, Optional.empty());
    threadRefs.put(place, Optional.empty());
  }

  void tombstone(long channelId, String messageKey, Instant at) {
    flushed().tombstone(channelId, messageKey, at);
    tombstones.put(new Place(channelId, messageKey), true);
  }

  /** Stores what the norms remember of a thread, and its new state when there is one. */
  void rememberThread(long threadId, String normsJson, String state) {
    pending.rememberThread(threadId, normsJson, state);
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
      // The statement changes the state column only: the cached thread stays what a read gives.
      ThreadStatus status = ThreadStatus.fromKey(state);
      places.forEach(
          place ->
              threadStates.computeIfPresent(
                  place, (p, cached) -> cached.map(t -> t.withStatusColumn(status))));
    }
  }

  /** Adds a message to the outbox with the batch's other writes, in the order they were added. */
  void enqueue(Outbox outbox, OutboxEntry entry) {
    pending.enqueue(outbox, entry);
  }

  /** Plans the thread's next norms check; {@code dueAt == null} cancels it. */
  void planCheck(long workspaceId, long threadId, Instant dueAt, Instant now) {
    pending.planCheck(workspaceId, threadId, dueAt, now);
  }

  void countNudges(long memberId, long channelId, LocalDate day, int count) {
    pending.countNudges(memberId, channelId, day, count);
    nudgeTallies.put(
        new Place(memberId, Long.toString(channelId)),
        Optional.of(new NormsStore.Tally(day, count)));
  }

  /** The thread store, with every held-back write sent. */
  private ThreadStore flushed() {
    flush();
    return threads;
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
