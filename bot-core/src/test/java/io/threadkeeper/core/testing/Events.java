package io.threadkeeper.core.testing;

import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/** Small builders of chat events for tests: one workspace, one channel unless told otherwise. */
public final class Events {
  public static final WorkspaceRef WORKSPACE = new WorkspaceRef(Platform.SLACK, "T0TEST");
  public static final ChannelId CHANNEL = new ChannelId("C0GENERAL");
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private Events() {}

  /** A root message at {@code minutes} after {@link #T0}. */
  public static MessagePosted root(String key, String author, int minutes) {
    return post(key, null, author, AuthorKind.HUMAN, minutes, "");
  }

  public static MessagePosted reply(String key, String root, String author, int minutes) {
    return post(key, root, author, AuthorKind.HUMAN, minutes, "");
  }

  public static MessagePosted post(
      String key, String root, String author, AuthorKind kind, int minutes, String text) {
    return new MessagePosted(
        WORKSPACE,
        EventKey.derived("message_posted", CHANNEL.value(), key),
        T0.plusSeconds(60L * minutes),
        CHANNEL,
        new MessageKey(key),
        root == null ? null : new MessageKey(root),
        author == null ? null : new MemberId(author),
        kind,
        text,
        false,
        0);
  }

  public static MessageDeleted delete(String key, int minutes) {
    return new MessageDeleted(
        WORKSPACE,
        EventKey.derived("message_deleted", CHANNEL.value(), key),
        T0.plusSeconds(60L * minutes),
        CHANNEL,
        new MessageKey(key));
  }

  public static ReactionAdded react(String key, String member, String reaction, int minutes) {
    return new ReactionAdded(
        WORKSPACE,
        EventKey.derived("reaction_added", CHANNEL.value(), key, member, reaction),
        T0.plusSeconds(60L * minutes),
        CHANNEL,
        new MessageKey(key),
        new MemberId(member),
        reaction);
  }
}
