package io.threadkeeper.discord;

import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.port.CommandDesk;
import io.threadkeeper.core.port.CommandReply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A command desk for tests: parses with the core's parser, refuses moderator commands to
 * non-moderators, and records what it received.
 */
final class FakeDesk implements CommandDesk {
  record Received(CommandInvoked command, boolean moderator) {}

  final List<Received> commands = new CopyOnWriteArrayList<>();
  final List<InteractionReceived> interactions = new CopyOnWriteArrayList<>();
  private final AsyncCommandParser parser = new AsyncCommandParser();

  @Override
  public CommandReply receive(CommandInvoked command, boolean invokerIsModerator) {
    commands.add(new Received(command, invokerIsModerator));
    ParseOutcome outcome = parser.parse(command.arguments());
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      return CommandReply.text(rejected.problem() + "\n" + rejected.usage());
    }
    String name = command.arguments().split(" ")[0];
    if (name.equals("config") && !invokerIsModerator) {
      return CommandReply.text("Only moderators can change this channel's norms.");
    }
    return CommandReply.text("Done: " + name);
  }

  @Override
  public CommandReply receive(InteractionReceived interaction, boolean invokerIsModerator) {
    interactions.add(interaction);
    return CommandReply.text("Thanks");
  }
}
