package io.threadkeeper.core.store;

import io.threadkeeper.core.tracker.MessageMeta;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Threads and the metadata of their messages; the SQL is in the {@code .sql} files beside it. */
@UseClasspathSqlLocator
@RegisterRowMapper(MessageMetaMapper.class)
@RegisterRowMapper(ThreadStateMapper.class)
public interface ThreadStore {

  /** Returns false when the message was stored before. */
  @SqlUpdate
  boolean insertMessage(
      @Bind("workspaceId") long workspaceId,
      @Bind("channelId") long channelId,
      @Bind("messageKey") String messageKey,
      @Bind("rootKey") String rootKey,
      @Bind("authorId") Long authorId,
      @Bind("authorKind") String authorKind,
      @Bind("postedAt") Instant postedAt,
      @Bind("broadcast") boolean broadcast,
      @Bind("attachments") int attachments,
      @Bind("flags") List<String> flags);

  @SqlUpdate
  int markEdited(
      @Bind("channelId") long channelId,
      @Bind("messageKey") String messageKey,
      @Bind("editedAt") Instant editedAt,
      @Bind("flags") List<String> flags);

  @SqlQuery
  Optional<String> rootOf(@Bind("channelId") long channelId, @Bind("key") String messageKey);

  @SqlQuery
  List<MessageMeta> threadMessages(
      @Bind("channelId") long channelId, @Bind("rootKey") String rootKey);

  @SqlUpdate
  int deleteMessage(@Bind("channelId") long channelId, @Bind("key") String messageKey);

  @SqlUpdate
  void tombstone(
      @Bind("channelId") long channelId, @Bind("key") String messageKey, @Bind("at") Instant at);

  @SqlQuery
  boolean isTombstoned(@Bind("channelId") long channelId, @Bind("key") String messageKey);

  @SqlQuery
  Optional<ThreadState> findThread(
      @Bind("channelId") long channelId, @Bind("rootKey") String rootKey);

  @SqlUpdate
  void saveThread(
      @Bind("workspaceId") long workspaceId,
      @Bind("channelId") long channelId,
      @Bind("authorId") Long authorId,
      @Bind("ownerId") Long ownerId,
      @Bind("state") String state,
      @BindMethods("t") ThreadRow thread);

  @SqlUpdate
  void deleteThread(@Bind("channelId") long channelId, @Bind("rootKey") String rootKey);

  /**
   * Fails the thread's messages still waiting in the outbox (replies in it, and reminders or
   * warnings about it sent elsewhere) with {@code thread_deleted}; rows in flight are left alone.
   */
  @SqlUpdate
  int dropPendingMessages(@Bind("channelId") long channelId, @Bind("rootKey") String rootKey);
}
