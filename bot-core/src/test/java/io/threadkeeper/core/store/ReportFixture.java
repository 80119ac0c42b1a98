package io.threadkeeper.core.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/** Writes report rows straight into the tables, as the pipeline would have left them. */
final class ReportFixture {
  private final Handle handle;
  private final long workspace;

  ReportFixture(Handle handle, String externalId, String zone) {
    this.handle = handle;
    this.workspace =
        handle
            .createQuery(
                "insert into workspace (platform, external_id, time_zone) values ('slack', ?, ?)"
                    + " returning id")
            .bind(0, externalId)
            .bind(1, zone)
            .mapTo(Long.class)
            .one();
  }

  long channel(String key, String name) {
    return handle
        .createQuery(
            "insert into channel (workspace_id, external_id, name) values (?, ?, ?) returning id")
        .bind(0, workspace)
        .bind(1, key)
        .bind(2, name)
        .mapTo(Long.class)
        .one();
  }

  long member(String key) {
    return handle
        .createQuery("insert into member (workspace_id, external_id) values (?, ?) returning id")
        .bind(0, workspace)
        .bind(1, key)
        .mapTo(Long.class)
        .one();
  }

  /** A thread; {@code firstReply}, {@code due}, {@code resolved} and {@code owner} may be null. */
  void thread(
      long channel,
      String root,
      Long owner,
      String opened,
      String firstReply,
      String due,
      String resolved,
      int replies) {
    handle.execute(
        "insert into thread (workspace_id, channel_id, root_key, owner_member_id, state,"
            + " reply_count, participant_count, opened_at, first_reply_at, last_activity_at,"
            + " due_at, resolved_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
        workspace,
        channel,
        root,
        owner,
        resolved == null ? "open" : "resolved",
        replies,
        at(opened),
        at(firstReply),
        at(firstReply == null ? opened : firstReply),
        at(due),
        at(resolved));
  }

  /** A human message; a reply when {@code root} differs from {@code key}. */
  void message(long channel, String key, String root, long author, String posted) {
    message(channel, key, root, author, posted, "human");
  }

  void message(long channel, String key, String root, long author, String posted, String kind) {
    handle.execute(
        "insert into message (workspace_id, channel_id, message_key, root_key, author_member_id,"
            + " author_kind, posted_at) values (?, ?, ?, ?, ?, ?, ?)",
        workspace,
        channel,
        key,
        root,
        author,
        kind,
        at(posted));
  }

  void outbox(String purpose, String state, String channelKey, String at) {
    handle.execute(
        "insert into outbox (workspace_id, kind, payload, state, not_before, created_at, purpose,"
            + " explanation) values (?, 'ephemeral', '{}'::jsonb, ?, ?, ?, ?,"
            + " jsonb_build_object('channel', ?::text))",
        workspace,
        state,
        at(at),
        at(at),
        purpose,
        channelKey);
  }

  private static OffsetDateTime at(String instant) {
    return instant == null ? null : Instant.parse(instant).atOffset(ZoneOffset.UTC);
  }
}
