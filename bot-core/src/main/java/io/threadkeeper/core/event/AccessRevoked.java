package io.threadkeeper.core.event;

import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;

/**
 * The bot lost its access to a workspace: the app was uninstalled or its token revoked. Everything
 * the bot kept about the workspace is purged when this is applied; a second one is a no-op.
 *
 * @param cause the platform's name for what happened, e.g. {@code app_uninstalled}
 */
public record AccessRevoked(WorkspaceRef workspace, EventKey key, Instant occurredAt, String cause)
    implements ChatEvent {

  public AccessRevoked {
    Events.require(workspace, "workspace");
    Events.require(key, "key");
    Events.require(occurredAt, "occurredAt");
    Events.require(cause, "cause");
  }
}
