package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.tracker.ThreadState;
import io.threadkeeper.core.tracker.ThreadTracker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Turns a posted {@code /async ask} into a tracked thread with the form's owner and due time. Two
 * halves must meet: the bot's root message, arriving as an event, and the outbox row's platform
 * message id, recorded by the dispatcher once the send returned. Either may come first, in
 * concurrent transactions, so both paths lock the pending ask before they look for the other half:
 * whichever comes second sees the first committed and applies it, exactly once.
 *
 * <p>Applying stores the root as the asker's message (the bot only posted the asker's words, and a
 * bot's root is otherwise not a thread), then the thread with the owner and due time, which the
 * norms plan as an explicit due date. Stateless and thread-safe.
 */
final class AskThreads {
  private static final ThreadTracker TRACKER = new ThreadTracker(false);

  private AskThreads() {}

  /** A pending ask with the platform ids its thread needs. */
  record Pending(
      long outboxId,
      long workspaceId,
      long channelId,
      long ownerMemberId,
      String ownerKey,
      long askerMemberId,
      String askerKey,
      Instant dueAt) {}

  /** The SQL of pending asks. */
  @RegisterConstructorMapper(Pending.class)
  interface Store {
    String PENDING =
        """
        select p.outbox_id, p.workspace_id, p.channel_id, p.owner_member_id,
               o.external_id as owner_key, p.asker_member_id, a.external_id as asker_key, p.due_at
          from pending_ask p
          join member o on o.id = p.owner_member_id
          join member a on a.id = p.asker_member_id
        """;

    @SqlQuery("select outbox_id from pending_ask where channel_id = :channelId for update")
    List<Long> lockChannel(@Bind("channelId") long channelId);

    @SqlQuery(
        PENDING
            + """
             join outbox x on x.id = p.outbox_id
            where p.channel_id = :channelId and x.platform_message_id = :messageKey
            """)
    Optional<Pending> sentAs(
        @Bind("channelId") long channelId, @Bind("messageKey") String messageKey);

    @SqlQuery("select outbox_id from pending_ask where outbox_id = :outboxId for update")
    Optional<Long> lockRow(@Bind("outboxId") long outboxId);

    @SqlQuery(PENDING + " where p.outbox_id = :outboxId")
    Optional<Pending> byOutboxRow(@Bind("outboxId") long outboxId);

    @SqlQuery(
        "select exists (select 1 from message where channel_id = :channelId"
            + " and message_key = :messageKey)")
    boolean arrived(@Bind("channelId") long channelId, @Bind("messageKey") String messageKey);

    @SqlUpdate(
        "update message set author_member_id = :askerId, author_kind = 'human'"
            + " where channel_id = :channelId and message_key = :messageKey")
    void attributeToAsker(
        @Bind("channelId") long channelId,
        @Bind("messageKey") String messageKey,
        @Bind("askerId") long askerId);

    @SqlQuery("select id from thread where channel_id = :channelId and root_key = :rootKey")
    long threadId(@Bind("channelId") long channelId, @Bind("rootKey") String rootKey);

    @SqlUpdate("delete from pending_ask where outbox_id = :outboxId")
    void done(@Bind("outboxId") long outboxId);
  }

  /**
   * The bot's own root message {@code messageKey} arrived in {@code channelId}.
   *
   * @return whether it was a pending ask, now a tracked thread (the norms plan it next)
   */
  static boolean rootArrived(Handle handle, long channelId, String messageKey) {
    Store store = handle.attach(Store.class);
    if (store.lockChannel(channelId).isEmpty()) {
      return false;
    }
    Optional<Pending> pending = store.sentAs(channelId, messageKey);
    pending.ifPresent(p -> track(handle, p, messageKey));
    return pending.isPresent();
  }

  /**
   * The dispatcher recorded outbox row {@code outboxId} as sent as {@code platformMessageId}; if
   * that is an ask whose root already arrived, it becomes a tracked thread and a norms check at
   * {@code now} plans it.
   */
  static void sent(Handle handle, long outboxId, String platformMessageId, Instant now) {
    Store store = handle.attach(Store.class);
    if (store.lockRow(outboxId).isEmpty()) {
      return;
    }
    Pending pending = store.byOutboxRow(outboxId).orElseThrow();
    if (store.arrived(pending.channelId(), platformMessageId)) {
      track(handle, pending, platformMessageId);
      long threadId = store.threadId(pending.channelId(), platformMessageId);
      handle.attach(NormsStore.class).scheduleCheck(pending.workspaceId(), threadId, now, now);
    }
  }

  private static void track(Handle handle, Pending pending, String rootKey) {
    Store store = handle.attach(Store.class);
    ThreadStore threads = handle.attach(ThreadStore.class);
    long channelId = pending.channelId();
    store.attributeToAsker(channelId, rootKey, pending.askerMemberId());
    MessageKey root = new MessageKey(rootKey);
    TRACKER
        .derive(null, root, threads.threadMessages(channelId, rootKey), false)
        .map(derived -> withAsk(derived, pending))
        .ifPresent(
            thread ->
                threads.saveThread(
                    pending.workspaceId(),
                    channelId,
                    pending.askerMemberId(),
                    pending.ownerMemberId(),
                    thread.status().key(),
                    ThreadRow.of(thread)));
    store.done(pending.outboxId());
  }

  private static ThreadState withAsk(ThreadState t, Pending pending) {
    return new ThreadState(
        t.root(),
        t.author(),
        new MemberId(pending.ownerKey()),
        t.status(),
        t.replyCount(),
        t.participantCount(),
        t.openedAt(),
        t.firstReplyAt(),
        t.lastActivityAt(),
        t.summary(),
        pending.dueAt(),
        t.rootDeleted(),
        t.resolvedAt(),
        t.resolvedVia());
  }
}
