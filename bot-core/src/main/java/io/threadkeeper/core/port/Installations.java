package io.threadkeeper.core.port;

import io.threadkeeper.core.model.WorkspaceRef;
import java.util.Optional;

/**
 * Where the bot's per-workspace installations are kept (multi-workspace mode): the install flow
 * saves them, the adapter reads the token of the workspace it talks to, and removing the app
 * forgets them. Implementations keep tokens encrypted at rest.
 *
 * <p>Implementations are thread-safe.
 */
public interface Installations {

  /** Saves the installation, replacing an earlier one of the same workspace (a reinstall). */
  void save(Installation installation);

  /**
   * The workspace's installation, if the bot is installed there.
   *
   * @throws IllegalStateException when a stored token cannot be decrypted (another key, tampering)
   */
  Optional<Installation> find(WorkspaceRef workspace);

  /**
   * Forgets the workspace's installation and its token; a no-op when there is none.
   *
   * @return whether there was one
   */
  boolean forget(WorkspaceRef workspace);
}
