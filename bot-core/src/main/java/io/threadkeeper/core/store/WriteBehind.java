package io.threadkeeper.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.threadkeeper.core.outbox.OutboxEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The writes of an inbox batch that nothing reads back before the batch ends — new message rows,
 * thread rows, what the norms remember, the next norms check, nudge tallies, outbox rows — held
 * back and sent as one JDBC batch per statement, so that a batch of events costs a handful of round
 * trips instead of several per event.
 *
 * <p>Writes to one row replace each other (a thread saved twice is saved once, with its last
 * state), so only the last one is sent. {@link #flush()} sends them in an order that respects the
 * rows' references (threads before what hangs off them); {@link BatchCache} flushes before any read
 * that could see them and at the end of the batch, so nobody ever reads around a held-back write.
 *
 * <p>Not thread-safe: one per batch, on the batch's thread.
 */
final class WriteBehind {
  private static final ClasspathSqlLocator SQL = ClasspathSqlLocator.create();

  /**
   * Inserts a thread with an id taken from the sequence, with what the norms remember of it when
   * that is held back too; a conflict means another node stored it meanwhile.
   */
  private static final String INSERT_NEW_THREAD =
      """
      insert into thread (id, workspace_id, channel_id, root_key, author_member_id,
                          owner_member_id, state, reply_count, participant_count, opened_at,
                          first_reply_at, last_activity_at, summary_key, due_at, root_deleted,
                          resolved_at, resolved_via, norms)
      overriding system value
      values (:id, :workspaceId, :channelId, :t.rootKey, :authorId, :ownerId, :state,
              :t.replyCount, :t.participantCount, :t.openedAt, :t.firstReplyAt,
              :t.lastActivityAt, :t.summaryKey, :t.dueAt, :t.rootDeleted, :t.resolvedAt,
              :t.resolvedVia, cast(:norms as jsonb))
      on conflict (channel_id, root_key) do nothing
      """;

  /**
   * All held-back messages in one statement: a batch of single-row inserts costs the server a
   * statement each. The rows travel as JSON because each carries an array (its flags).
   */
  private static final String INSERT_MESSAGES =
      """
      insert into message (workspace_id, channel_id, message_key, root_key, author_member_id,
                           author_kind, posted_at, broadcast, attachments, flags)
      select r.workspace_id, r.channel_id, r.message_key, r.root_key, r.author_id, r.author_kind,
             r.posted_at, r.broadcast, r.attachments, r.flags
        from jsonb_to_recordset(cast(:rows as jsonb))
             as r(workspace_id bigint, channel_id bigint, message_key text, root_key text,
                  author_id bigint, author_kind text, posted_at timestamptz, broadcast boolean,
                  attachments integer, flags text[])
      on conflict (channel_id, message_key) do nothing
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Handle handle;
  private final List<MessageWrite> messages = new ArrayList<>();
  private final Map<ThreadKey, ThreadWrite> threads = new LinkedHashMap<>();
  private final Map<Long, Memory> memories = new LinkedHashMap<>();
  private final Map<Long, Check> checks = new LinkedHashMap<>();
  private final Map<TallyKey, NudgeCount> nudges = new LinkedHashMap<>();
  private final List<Message> outgoing = new ArrayList<>();

  private record ThreadKey(long channelId, String rootKey) {}

  /** A new message's metadata row. */
  record MessageWrite(
      long workspaceId,
      long channelId,
      String messageKey,
      String rootKey,
      Long authorId,
      String authorKind,
      Instant postedAt,
      boolean broadcast,
      int attachments,
      List<String> flags) {}

  /**
   * A thread row to write; {@code newId} is set when the row is known not to exist yet and was
   * given that id.
   */
  record ThreadWrite(
      long workspaceId,
      long channelId,
      Long authorId,
      Long ownerId,
      String state,
      ThreadRow row,
      Long newId) {

    ThreadWrite withNewId(Long id) {
      return new ThreadWrite(workspaceId, channelId, authorId, ownerId, state, row, id);
    }
  }

  private record Memory(String norms, String state) {}

  private record Check(long workspaceId, Instant dueAt, Instant now) {}

  private record TallyKey(long memberId, long channelId) {}

  private record NudgeCount(LocalDate day, int count) {}

  private record Message(Outbox outbox, OutboxEntry entry) {}

  WriteBehind(Handle handle) {
    this.handle = handle;
  }

  void insertMessage(MessageWrite message) {
    messages.add(message);
  }

  /**
   * Saves a thread; a thread written before in this batch keeps the id it was given. Memory already
   * held back for the thread (its row id, where known) keeps its norms but no longer its state: the
   * state saved now is the later one, and memories are sent after threads.
   */
  void saveThread(ThreadWrite write, Long threadId) {
    if (threadId != null) {
      memories.computeIfPresent(threadId, (id, memory) -> new Memory(memory.norms(), null));
    }
    threads.merge(
        new ThreadKey(write.channelId(), write.row().rootKey()),
        write,
        (earlier, later) -> earlier.newId() == null ? later : later.withNewId(earlier.newId()));
  }

  /** What the norms remember of a thread; a state of {@code null} keeps the one written before. */
  void rememberThread(long threadId, String norms, String state) {
    Memory earlier = memories.get(threadId);
    String kept = state == null && earlier != null ? earlier.state() : state;
    memories.put(threadId, new Memory(norms, kept));
  }

  /** The thread's next norms check; {@code dueAt == null} cancels it. */
  void planCheck(long workspaceId, long threadId, Instant dueAt, Instant now) {
    checks.put(threadId, new Check(workspaceId, dueAt, now));
  }

  void countNudges(long memberId, long channelId, LocalDate day, int count) {
    nudges.put(new TallyKey(memberId, channelId), new NudgeCount(day, count));
  }

  /** A message to send, added to the outbox after everything else. */
  void enqueue(Outbox outbox, OutboxEntry entry) {
    outgoing.add(new Message(outbox, entry));
  }

  boolean isEmpty() {
    return outgoing.isEmpty()
        && messages.isEmpty()
        && threads.isEmpty()
        && memories.isEmpty()
        && checks.isEmpty()
        && nudges.isEmpty();
  }

  /** Forgets what is held back, e.g. when the savepoint of the event that wrote it rolled back. */
  void discard() {
    messages.clear();
    threads.clear();
    memories.clear();
    checks.clear();
    nudges.clear();
    outgoing.clear();
  }

  /** Sends everything held back, in reference order, one batch per statement. */
  void flush() {
    if (isEmpty()) {
      return;
    }
    try {
      flushMessages();
      flushThreads();
      flushMemories();
      flushChecks();
      flushNudges();
      flushOutgoing();
    } finally {
      discard();
    }
  }

  private void flushMessages() {
    if (messages.isEmpty()) {
      return;
    }
    List<Map<String, Object>> rows = new ArrayList<>(messages.size());
    for (MessageWrite m : messages) {
      Map<String, Object> row = new HashMap<>();
      row.put("workspace_id", m.workspaceId());
      row.put("channel_id", m.channelId());
      row.put("message_key", m.messageKey());
      row.put("root_key", m.rootKey());
      row.put("author_id", m.authorId());
      row.put("author_kind", m.authorKind());
      row.put("posted_at", m.postedAt().toString());
      row.put("broadcast", m.broadcast());
      row.put("attachments", m.attachments());
      row.put("flags", m.flags());
      rows.add(row);
    }
    handle.createUpdate(INSERT_MESSAGES).bind("rows", json(rows)).execute();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write held-back rows as JSON", e);
    }
  }

  private void flushThreads() {
    PreparedBatch inserts = handle.prepareBatch(INSERT_NEW_THREAD);
    PreparedBatch upserts = handle.prepareBatch(SQL.locate(ThreadStore.class, "saveThread"));
    List<ThreadKey> inserted = new ArrayList<>();
    threads.forEach(
        (key, write) -> {
          PreparedBatch batch = write.newId() == null ? upserts : inserts;
          String state = write.state();
          if (write.newId() != null) {
            // A new row takes its memory along rather than being updated right after.
            Memory memory = memories.remove(write.newId());
            state = memory == null || memory.state() == null ? state : memory.state();
            batch.bind("id", write.newId()).bind("norms", memory == null ? null : memory.norms());
            inserted.add(key);
          }
          batch
              .bind("workspaceId", write.workspaceId())
              .bind("channelId", write.channelId())
              .bind("authorId", write.authorId())
              .bind("ownerId", write.ownerId())
              .bind("state", state)
              .bindMethods("t", write.row())
              .add();
        });
    int[] counts = execute(inserts);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        // Another node stored the thread after this batch looked: run the batch again.
        throw new IllegalStateException(
            "thread " + inserted.get(i).rootKey() + " was stored by another transaction meanwhile");
      }
    }
    execute(upserts);
  }

  private void flushMemories() {
    PreparedBatch batch = handle.prepareBatch(SQL.locate(NormsStore.class, "rememberThread"));
    memories.forEach(
        (threadId, memory) ->
            batch
                .bind("threadId", threadId)
                .bind("norms", memory.norms())
                .bind("state", memory.state())
                .add());
    execute(batch);
  }

  private void flushChecks() {
    PreparedBatch schedule = handle.prepareBatch(SQL.locate(NormsStore.class, "scheduleCheck"));
    PreparedBatch cancel = handle.prepareBatch(SQL.locate(NormsStore.class, "cancelCheck"));
    checks.forEach(
        (threadId, check) -> {
          if (check.dueAt() == null) {
            cancel.bind("threadId", threadId).add();
          } else {
            schedule
                .bind("workspaceId", check.workspaceId())
                .bind("threadId", threadId)
                .bind("dueAt", check.dueAt())
                .bind("now", check.now())
                .add();
          }
        });
    execute(cancel);
    execute(schedule);
  }

  private void flushNudges() {
    PreparedBatch batch = handle.prepareBatch(SQL.locate(NormsStore.class, "countNudges"));
    nudges.forEach(
        (key, tally) ->
            batch
                .bind("memberId", key.memberId())
                .bind("channelId", key.channelId())
                .bind("day", tally.day())
                .bind("count", tally.count())
                .add());
    execute(batch);
  }

  private void flushOutgoing() {
    int from = 0;
    while (from < outgoing.size()) {
      Outbox outbox = outgoing.get(from).outbox();
      int to = from;
      while (to < outgoing.size() && outgoing.get(to).outbox() == outbox) {
        to++;
      }
      outbox.enqueueAll(handle, outgoing.subList(from, to).stream().map(Message::entry).toList());
      from = to;
    }
  }

  private static int[] execute(PreparedBatch batch) {
    return batch.size() == 0 ? new int[0] : batch.execute();
  }
}
