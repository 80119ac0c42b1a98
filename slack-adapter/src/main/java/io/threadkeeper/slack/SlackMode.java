package io.threadkeeper.slack;

/** How Slack reaches the bot. */
public enum SlackMode {
  /** The bot dials out to Slack over a WebSocket; no public URL needed. */
  SOCKET,
  /** Slack posts signed HTTP requests to the bot's public URL. */
  HTTP
}
