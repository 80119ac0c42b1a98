package io.threadkeeper.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import io.threadkeeper.core.model.WorkspaceRef;
import java.util.Optional;

/**
 * The Web API client to use for one workspace: the single bot token's, or, with multi-workspace
 * installs, one made from the token of the row's own workspace, read when it is needed so that an
 * uninstalled workspace is never posted to with a forgotten token.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
interface SlackClients {

  /** The client for {@code workspace}; empty when the bot is not installed there. */
  Optional<MethodsClient> forWorkspace(WorkspaceRef workspace);

  /** One workspace, one token. */
  static SlackClients single(MethodsClient methods) {
    Optional<MethodsClient> client = Optional.of(methods);
    return workspace -> client;
  }

  /** Each workspace with the token its install stored. */
  static SlackClients installed(Slack slack, SlackInstallationStore store) {
    return workspace ->
        store.botToken(workspace).map(token -> slack.methods(token, workspace.externalId()));
  }
}
