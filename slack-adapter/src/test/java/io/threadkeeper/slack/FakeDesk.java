package io.threadkeeper.slack;

import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A command desk that answers from the real {@code /async} parser and remembers what it received;
 * enough to see what the adapter hands over and sends back.
 */
final class FakeDesk implements CommandDesk {
  private final AsyncCommandParser parser = new AsyncCommandParser();
  final List<CommandInvoked> commands = new CopyOnWriteArrayList<>();
  final List<InteractionReceived> interactions = new CopyOnWriteArrayList<>();

  @Override
  public CommandReply receive(CommandInvoked command, boolean invokerIsModerator) {
    commands.add(command);
    ParseOutcome outcome = parser.parse(command.arguments());
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      return CommandReply.text(rejected.problem());
    }
    return CommandReply.text("Done.");
  }

  @Override
  public CommandReply receive(InteractionReceived interaction, boolean invokerIsModerator) {
    interactions.add(interaction);
    return CommandReply.text("Noted.");
  }
}
