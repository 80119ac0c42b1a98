package io.threadkeeper.core.event;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Map;

/**
 * A member pressed one of our buttons or submitted one of our forms.
 *
 * @param action the action or form id we gave it, e.g. {@code nudge.why}, {@code ask.submit}
 * @param values the submitted values by field id (empty for a button)
 * @param replyHandle an opaque handle the adapter needs to answer; never logged
 * @param invokerIsModerator whether the platform said the invoker is a moderator; the desk sets it
 */
public record InteractionReceived(
    WorkspaceRef workspace,
    EventKey key,
    Instant occurredAt,
    ChannelId channel,
    MemberId member,
    String action,
    Map<String, String> values,
    MessageKey threadRoot,
    String replyHandle,
    boolean invokerIsModerator)
    implements ChatEvent {

  public InteractionReceived {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(member, "member");
    Events.require(action, "action");
    values = values == null ? Map.of() : Map.copyOf(values);
  }

  /** As adapters build it: the moderator flag is the desk's to set, see {@link #asModerator}. */
  public InteractionReceived(
      WorkspaceRef workspace,
      EventKey key,
      Instant occurredAt,
      ChannelId channel,
      MemberId member,
      String action,
      Map<String, String> values,
      MessageKey threadRoot,
      String replyHandle) {
    this(
        workspace,
        key,
        occurredAt,
        channel,
        member,
        action,
        values,
        threadRoot,
        replyHandle,
        false);
  }

  /** The same event, carrying whether the invoker is a moderator. */
  public InteractionReceived asModerator(boolean moderator) {
    return new InteractionReceived(
        workspace,
        key,
        occurredAt,
        channel,
        member,
        action,
        values,
        threadRoot,
        replyHandle,
        moderator);
  }
}
