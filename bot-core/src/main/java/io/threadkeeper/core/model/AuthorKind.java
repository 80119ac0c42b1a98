package io.threadkeeper.core.model;

/** Who wrote a message; only {@link #HUMAN} messages count as replies or trigger norms. */
public enum AuthorKind {
  HUMAN,
  /** Another bot or an integration. */
  BOT,
  /** Threadkeeper itself. */
  SELF,
  /** Platform notices: joins, topic changes, pins. */
  SYSTEM;

  public boolean isHuman() {
    return this == HUMAN;
  }
}
