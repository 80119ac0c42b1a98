package io.threadkeeper.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.view.OAuthRedirectUriPageRenderer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Bolt app into a distributed one: Slack's OAuth install on {@link SlackOAuth#INSTALL_PATH}
 * and {@link SlackOAuth#REDIRECT_PATH}, installations and state values kept through the core's
 * ports, and Bolt's multi-team authorization, which looks up the token of each request's workspace.
 * Asks for exactly {@link SlackScopes#REQUIRED} and no user scopes.
 *
 * <p>Thread-safe once installed.
 */
final class SlackOAuthApp {
  private static final Logger log = LoggerFactory.getLogger(SlackOAuthApp.class);
  private final SlackOAuth oauth;
  private final SlackInstallationStore store;

  SlackOAuthApp(SlackOAuth oauth, Clock clock) {
    this.oauth = oauth;
    this.store = new SlackInstallationStore(oauth.installations(), clock);
  }

  /** Call before the app's first {@code use}: Bolt picks its authorization then. */
  @SuppressWarnings("deprecation") // the legacy path fields still win over the new ones if left
  void install(App app) {
    AppConfig config = app.config();
    config.setSingleTeamBotToken(null);
    config.setClientId(oauth.clientId());
    config.setClientSecret(oauth.clientSecret());
    config.setScope(String.join(",", new java.util.TreeSet<>(SlackScopes.REQUIRED)));
    config.setUserScope(null);
    config.setOauthStartPath(SlackOAuth.INSTALL_PATH);
    config.setOauthInstallPath(SlackOAuth.INSTALL_PATH);
    config.setOauthCallbackPath(SlackOAuth.REDIRECT_PATH);
    config.setOauthRedirectUriPath(SlackOAuth.REDIRECT_PATH);
    config.setStateValidationEnabled(true);
    // Straight on to Slack's consent page, no intermediate "Add to Slack" page of ours.
    config.setOAuthInstallPageRenderingEnabled(false);
    app.asOAuthApp(true);
    app.service(store);
    app.service(new SlackInstallStates(oauth.states()));
    OAuthRedirectUriPageRenderer pages = config.getOAuthRedirectUriPageRenderer();
    app.oauthCallbackStateError((request, response) -> refuseState(pages, response));
  }

  // Bolt's own handler logs the whole redirect, code included; this one says only what happened.
  private static Response refuseState(OAuthRedirectUriPageRenderer pages, Response response) {
    log.warn("Refused an install redirect: its state is unknown, already used or expired");
    response.setStatusCode(400);
    response.setContentType("text/html; charset=utf-8");
    response.setBody(pages.renderFailurePage(SlackOAuth.INSTALL_PATH, "invalid_state"));
    return response;
  }

  SlackClients clients(Slack slack) {
    return SlackClients.installed(slack, store);
  }
}
