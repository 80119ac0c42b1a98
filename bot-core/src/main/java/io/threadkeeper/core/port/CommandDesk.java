package io.threadkeeper.core.port;

import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;

/**
 * Where an adapter hands every {@code /async} command and every click or form submission on the
 * bot's messages. Contract for adapters: call it from the platform's handler, send back what it
 * returns as the immediate (ephemeral) answer, and acknowledge the platform within its 3 seconds.
 *
 * <p>The desk parses and checks at once: a malformed command or a denied moderator command is
 * answered immediately and nothing is stored (a denial is audited). A valid command is stored in
 * the inbox before the desk returns (so it survives a crash) and carried out by the processor; its
 * full answer, when it has one, follows through the outbox to the same member. Adapters never
 * decide anything about a command: they only say who the invoker is on the platform.
 *
 * <p>Implementations are thread-safe and return within a few hundred milliseconds even when the
 * database is slow (then they answer that the command will be carried out shortly).
 */
public interface CommandDesk {

  /**
   * Receives {@code /async …}.
   *
   * @param invokerIsModerator whether the platform says the invoker administers the workspace
   *     (Slack owner/admin or member of the configured user group; Discord Manage Server or the
   *     configured role)
   */
  CommandReply receive(CommandInvoked command, boolean invokerIsModerator);

  /** Receives a button click or a form submission on one of the bot's messages. */
  CommandReply receive(InteractionReceived interaction, boolean invokerIsModerator);
}
