package io.threadkeeper.core.store;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.Installation;
import io.threadkeeper.core.port.Installations;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link Installations} on PostgreSQL. The bot token is sealed with the {@link TokenCipher} before
 * it is written and opened only when read, so the table never holds it in clear.
 *
 * <p>Thread-safe.
 */
public final class PostgresInstallations implements Installations {
  private final Jdbi jdbi;
  private final TokenCipher cipher;

  public PostgresInstallations(Jdbi jdbi, TokenCipher cipher) {
    this.jdbi = jdbi;
    this.cipher = cipher;
  }

  @Override
  public void save(Installation installation) {
    String owner = installation.workspace().key();
    jdbi.useExtension(
        InstallationStore.class,
        store ->
            store.upsert(
                owner,
                installation.enterpriseId(),
                installation.appId(),
                installation.botUserId(),
                installation.botId(),
                installation.scopeList(),
                installation.installerId(),
                cipher.seal(installation.botToken(), owner),
                installation.installedAt()));
  }

  @Override
  public Optional<Installation> find(WorkspaceRef workspace) {
    return jdbi.withExtension(InstallationStore.class, store -> store.find(workspace.key()))
        .map(row -> open(workspace, row));
  }

  @Override
  public boolean forget(WorkspaceRef workspace) {
    return jdbi.withExtension(InstallationStore.class, store -> store.forget(workspace.key())) > 0;
  }

  private Installation open(WorkspaceRef workspace, InstallationStore.Row row) {
    return new Installation(
        workspace,
        row.enterpriseId(),
        row.appId(),
        row.botUserId(),
        row.botId(),
        Installation.scopesOf(row.scopes()),
        row.installerId(),
        cipher.open(row.tokenSealed(), row.workspaceKey()),
        row.installedAt());
  }
}
