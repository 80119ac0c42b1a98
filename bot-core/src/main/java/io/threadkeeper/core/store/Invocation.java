package io.threadkeeper.core.store;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * A stored command or interaction being carried out, in the inbox row's transaction.
 *
 * @param channel where it was run, or {@code null} (a direct message)
 * @param root the thread it was run in, or {@code null}
 * @param key the event key, which becomes the answer's correlation id
 */
record Invocation(
    Handle handle,
    WorkspaceRef workspace,
    long workspaceId,
    ChannelId channel,
    MessageKey root,
    MemberId member,
    boolean moderator,
    Instant at,
    String key) {

  Directory directory() {
    return handle.attach(Directory.class);
  }

  CommandStore commands() {
    return handle.attach(CommandStore.class);
  }

  long memberId() {
    return directory().memberId(workspaceId, member.value());
  }

  long channelId() {
    return directory().channelId(workspaceId, channel);
  }

  void audit(String action, String target, String outcome, String detailJson) {
    handle
        .attach(AuditTrail.class)
        .record(workspaceId, at, member.value(), action, target, outcome, detailJson);
  }
}
