package io.threadkeeper.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.threadkeeper.core.inbox.BoundedInbox;
import io.threadkeeper.core.inbox.Inbox;
import io.threadkeeper.core.port.ChatPlatform;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.MemberOverviews;
import io.threadkeeper.core.port.PlatformConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The bot's live connection to Slack (one workspace by its bot token, or many that installed it
 * through {@link SlackOAuth}): a Bolt app fed by Socket Mode or by signed HTTP requests, whose only
 * work before acknowledging is storing in the inbox (events) or asking the command desk (commands,
 * clicks). Build it with {@link #create}; the composition root starts and closes it.
 *
 * <p>Thread-safe: {@link #start()} and {@link #close()} are synchronized; Bolt runs the handlers.
 */
public final class SlackConnection implements PlatformConnection {
  private static final int CALL_TIMEOUT_MILLIS = 20_000;

  /** What is left of Slack's 3 seconds for storing an event, with room for the ack's trip. */
  static final Duration INBOX_BUDGET = Duration.ofSeconds(2);

  /** Envelopes or requests handled at once (Bolt's Socket Mode runs ten workers). */
  private static final int WORKERS = 10;

  private final SlackSettings settings;
  private final Slack slack;
  private final SlackChatPlatform chatPlatform;
  private final BoundedInbox inbox;
  private final SlackEventIntake intake;
  private final SlackDeskRoutes routes;
  private final Optional<SlackOAuthApp> oauthApp;
  private final SlackHomeTab homeTab;
  private App app;
  private SocketModeApp socketMode;
  private SlackHttpEndpoint httpEndpoint;

  private SlackConnection(
      SlackSettings settings,
      Optional<SlackOAuth> oauth,
      Inbox inbox,
      CommandDesk desk,
      MemberOverviews overviews,
      Clock clock) {
    this.settings = settings;
    this.slack = Slack.getInstance(slackConfig(settings));
    BlockKitRenderer renderer = new BlockKitRenderer();
    this.oauthApp = oauth.map(o -> new SlackOAuthApp(o, clock));
    this.chatPlatform =
        new SlackChatPlatform(
            oauthApp
                .map(o -> o.clients(slack))
                .orElseGet(() -> SlackClients.single(slack.methods(settings.botToken()))),
            renderer);
    this.homeTab = new SlackHomeTab(overviews, renderer);
    this.inbox = new BoundedInbox(inbox, INBOX_BUDGET, WORKERS);
    this.intake = new SlackEventIntake(new SlackEventTranslator(), this.inbox);
    this.routes =
        new SlackDeskRoutes(
            desk,
            new SlackInteractions(clock),
            renderer,
            new SlackModerators(Optional.ofNullable(settings.moderatorGroup()), clock));
  }

  /**
   * A connection that is not started yet; nothing is sent to Slack before {@link #start()}.
   *
   * @param inbox where events are stored before Slack is acknowledged
   * @param desk where {@code /async}, clicks and form submissions go
   * @param overviews what the Home tab shows a member
   * @param clock stamps commands and interactions, which carry no time of their own
   */
  public static SlackConnection create(
      SlackSettings settings,
      Inbox inbox,
      CommandDesk desk,
      MemberOverviews overviews,
      Clock clock) {
    if (Objects.requireNonNull(settings, "settings").botToken() == null) {
      throw new IllegalArgumentException(
          "SLACK_BOT_TOKEN is required, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for"
              + " multi-workspace installs");
    }
    return new SlackConnection(
        settings,
        Optional.empty(),
        Objects.requireNonNull(inbox, "inbox"),
        Objects.requireNonNull(desk, "desk"),
        Objects.requireNonNull(overviews, "overviews"),
        Objects.requireNonNull(clock, "clock"));
  }

  /**
   * A connection for many workspaces, each installed through Slack's OAuth flow on the HTTP
   * endpoint ({@link SlackOAuth#INSTALL_PATH}); events and messages use the token of their own
   * workspace. HTTP mode only: Slack's OAuth redirect needs a public URL.
   */
  public static SlackConnection multiWorkspace(
      SlackSettings settings,
      SlackOAuth oauth,
      Inbox inbox,
      CommandDesk desk,
      MemberOverviews overviews,
      Clock clock) {
    if (Objects.requireNonNull(settings, "settings").mode() != SlackMode.HTTP) {
      throw new IllegalArgumentException(
          "multi-workspace installs (SLACK_CLIENT_ID) need THREADKEEPER_SLACK_MODE=http: Slack's"
              + " OAuth redirect comes to the bot's public URL");
    }
    return new SlackConnection(
        settings,
        Optional.of(Objects.requireNonNull(oauth, "oauth")),
        Objects.requireNonNull(inbox, "inbox"),
        Objects.requireNonNull(desk, "desk"),
        Objects.requireNonNull(overviews, "overviews"),
        Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public String name() {
    return settings.mode() == SlackMode.SOCKET ? "slack-socket-mode" : "slack-http";
  }

  @Override
  public ChatPlatform chatPlatform() {
    return chatPlatform;
  }

  @Override
  public synchronized void start() {
    if (app != null) {
      throw new IllegalStateException(name() + " is already started");
    }
    try {
      app = new App(appConfig(settings, slack));
      oauthApp.ifPresent(o -> o.install(app));
      app.use(homeTab);
      app.use(intake);
      routes.register(app);
      if (settings.mode() == SlackMode.SOCKET) {
        socketMode =
            new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
      } else {
        app.start();
        httpEndpoint = SlackHttpEndpoint.start(app, settings);
      }
    } catch (Exception e) {
      stopReceiving();
      throw new IllegalStateException(refusal(e), e);
    }
  }

  /** Where the HTTP endpoint listens; for tests and logs. */
  public synchronized int httpPort() {
    if (httpEndpoint == null) {
      throw new IllegalStateException(
          "no HTTP endpoint: " + name() + " is not started in HTTP mode");
    }
    return httpEndpoint.port();
  }

  @Override
  public synchronized boolean isConnected() {
    if (socketMode != null) {
      SocketModeClient client = socketMode.getClient();
      return client != null && client.verifyConnection();
    }
    return httpEndpoint != null && app != null && app.status() == App.Status.Running;
  }

  /** Stops receiving and sending; the chat platform cannot send afterwards. */
  @Override
  public synchronized void close() {
    stopReceiving();
    homeTab.close();
    inbox.close();
    SlackShutdown.closeClient(slack);
  }

  private void stopReceiving() {
    SlackShutdown.quietly(socketMode, httpEndpoint, app);
    socketMode = null;
    httpEndpoint = null;
    app = null;
  }

  private String refusal(Exception e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (why.contains("token is invalid")) {
      return "Slack refused SLACK_BOT_TOKEN (" + why + "); check the token and its workspace";
    }
    if (e instanceof NullPointerException || why.contains("Socket Mode")) {
      return "Slack refused the Socket Mode connection; check SLACK_APP_TOKEN (connections:write)"
          + " and that Socket Mode is enabled for the app: "
          + why;
    }
    return name() + " could not start: " + why;
  }

  private static SlackConfig slackConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    // A proxy from the environment would also catch 127.0.0.1; the operator sets none for Slack.
    config.setProxyUrl(null);
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // Stats would add hidden auth.test calls and a background thread; the outbox keeps its own.
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    config.setFailOnUnknownProperties(false);
    config.setHttpClientCallTimeoutMillis(CALL_TIMEOUT_MILLIS);
    config.setExecutorServiceProvider(new SlackExecutors(WORKERS));
    return config;
  }

  // Every field that otherwise defaults from the environment (SLACK_CLIENT_ID, …) is set here;
  // the deprecated verification token too, since Bolt's SSL check would read it from there.
  @SuppressWarnings("deprecation")
  private static AppConfig appConfig(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .slack(slack)
        // Bolt hands the app's provider to the Slack client, where Socket Mode takes its threads.
        .executorServiceProvider(slack.getConfig().getExecutorServiceProvider())
        .singleTeamBotToken(settings.botToken())
        .signingSecret(settings.signingSecret())
        .verificationToken(null)
        .clientId(null)
        .clientSecret(null)
        .redirectUri(null)
        .scope(null)
        .userScope(null)
        .oauthInstallPath("install")
        .oauthRedirectUriPath("oauth_redirect")
        .oauthCancellationUrl(null)
        .oauthCompletionUrl(null)
        .oAuthInstallPathEnabled(false)
        .oAuthRedirectUriPathEnabled(false)
        .openIDConnectEnabled(false)
        .stateValidationEnabled(false)
        .authTestCacheExpirationMillis(-1)
        .alwaysRequestUserTokenNeeded(false)
        .sslCheckEnabled(true)
        .requestVerificationEnabled(true)
        // Our own messages are stored as SELF (never counted) rather than dropped unseen.
        .ignoringSelfEventsEnabled(false)
        .allEventsApiAutoAckEnabled(false)
        .subtypedMessageEventsAutoAckEnabled(false)
        .classicAppPermissionsEnabled(false)
        .appInitializersEnabled(true)
        .build();
  }
}
