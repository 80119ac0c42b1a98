package io.threadkeeper.core.store;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ReadMarks;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@link ReadMarks} in the {@code read_mark} table, one row per channel. Thread-safe. */
public final class PostgresReadMarks implements ReadMarks {
  private final Jdbi jdbi;

  public PostgresReadMarks(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A stored mark as read. */
  public record Row(String channel, String message, Instant postedAt) {}

  /** The SQL of the marks. */
  @RegisterConstructorMapper(Row.class)
  public interface Store {
    @SqlUpdate(
        """
        insert into read_mark (channel_id, message_key, posted_at)
        values (:channelId, :messageKey, :postedAt)
        on conflict (channel_id) do update
           set message_key = excluded.message_key, posted_at = excluded.posted_at
         where read_mark.posted_at <= excluded.posted_at
        """)
    void advance(
        @Bind("channelId") long channelId,
        @Bind("messageKey") String messageKey,
        @Bind("postedAt") Instant postedAt);

    @SqlQuery(
        """
        select c.external_id as channel, r.message_key as message, r.posted_at
          from read_mark r join channel c on c.id = r.channel_id
         where c.workspace_id = :workspaceId
        """)
    List<Row> marks(@Bind("workspaceId") long workspaceId);
  }

  @Override
  public void advance(WorkspaceRef workspace, Collection<Mark> marks) {
    if (marks.isEmpty()) {
      return;
    }
    jdbi.useTransaction(
        handle -> {
          Directory directory = handle.attach(Directory.class);
          Store store = handle.attach(Store.class);
          long workspaceId = directory.workspaceId(workspace);
          for (Mark mark : marks) {
            store.advance(
                directory.channelId(workspaceId, mark.channel()),
                mark.message().value(),
                mark.postedAt());
          }
        });
  }

  @Override
  public List<Mark> marks(WorkspaceRef workspace) {
    return jdbi.withHandle(
        handle ->
            handle
                .attach(Store.class)
                .marks(handle.attach(Directory.class).workspaceId(workspace))
                .stream()
                .map(
                    row ->
                        new Mark(
                            new ChannelId(row.channel()),
                            new MessageKey(row.message()),
                            row.postedAt()))
                .toList());
  }
}
