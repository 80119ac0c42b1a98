package io.threadkeeper.core.store;

import io.threadkeeper.core.event.AccessRevoked;
import io.threadkeeper.core.event.ChatEvent;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link AccessRevoked}: the bot was removed from a workspace, so its token is forgotten
 * and everything kept about the workspace is deleted at once (policy: no retention after removal; a
 * reinstall starts from nothing). Pending deadlines and unsent messages go with it, so nothing is
 * sent there again. Idempotent: the second of {@code app_uninstalled} and {@code tokens_revoked},
 * in either order, finds nothing left.
 *
 * <p>Runs last among the appliers, since the others create the workspace row on sight. Stateless
 * and thread-safe.
 */
public final class WorkspacePurge implements EventApplier {
  private static final Logger log = LoggerFactory.getLogger(WorkspacePurge.class);

  /**
   * Touches the cache's handle only for a revoked access, so other events keep their writes
   * batched.
   */
  @Override
  public void apply(BatchCache cache, ChatEvent event) {
    if (event instanceof AccessRevoked) {
      apply(cache.handle(), event);
    }
  }

  @Override
  public void apply(Handle handle, ChatEvent event) {
    if (!(event instanceof AccessRevoked revoked)) {
      return;
    }
    String key = revoked.workspace().key();
    boolean hadToken = handle.attach(InstallationStore.class).forget(key) > 0;
    WorkspaceRemoval removal = handle.attach(WorkspaceRemoval.class);
    int events = removal.deleteInbox(key, revoked.key().value());
    int workspaces =
        removal.deleteWorkspace(
            revoked.workspace().platform().key(), revoked.workspace().externalId());
    log.info(
        "{} in {}: purged the workspace ({} token, {} workspace row, {} inbox rows)",
        revoked.cause(),
        key,
        hadToken ? "its" : "no",
        workspaces,
        events);
  }
}
