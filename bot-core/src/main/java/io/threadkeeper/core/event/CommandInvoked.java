package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * A member ran {@code /async …}.
 *
 * @param arguments everything after {@code /async}, unparsed
 * @param threadRoot the thread the command was run in, or {@code null}
 * @param replyHandle an opaque handle the adapter needs to answer (interaction token, response
 *     URL); never logged
 * @param invokerIsModerator whether the platform said the invoker is a moderator; the desk sets it
 */
public record CommandInvoked(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    MemberId member,
    String arguments,
    MessageKey threadRoot,
    String replyHandle,
    boolean invokerIsModerator)
    implements ChatEvent {

  public CommandInvoked {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(member, "member");
    arguments = arguments == null ? "" : arguments;
  }

  /** As adapters build it: the moderator flag is the desk's to set, see {@link #asModerator}. */
  public CommandInvoked(
      WorkspaceRef workspace,
      EventKey key,
      Instant occurredAt,
      ChannelId channel,
      MemberId member,
      String arguments,
      MessageKey threadRoot,
      String replyHandle) {
    this(workspace, key, occurredAt, channel, member, arguments, threadRoot, replyHandle, false);
  }

  /** The same event, carrying whether the invoker is a moderator. */
  public CommandInvoked asModerator(boolean moderator) {
    return new CommandInvoked(
        workspace, key, occurredAt, channel, member, arguments, threadRoot, replyHandle, moderator);
  }
}
