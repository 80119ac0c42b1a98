package io.threadkeeper.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /async} per guild (instant, unlike global commands) with one bulk overwrite, and
 * only when Discord's copy differs from ours: Discord allows 200 command creations per guild a day,
 * and a bot that restarts often must not spend them. Thread-safe.
 */
final class CommandRegistration {
  private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

  private final SlashCommandData definition = AsyncSlashCommand.definition();
  private final String signature = AsyncSlashCommand.signature(definition);

  void ensure(Guild guild) {
    guild
        .retrieveCommands()
        .queue(
            existing -> {
              if (!current(existing)) {
                guild
                    .updateCommands()
                    .addCommands(definition)
                    .queue(
                        done -> log.info("Registered /async in guild {}", guild.getId()),
                        failure -> warn(guild, failure));
              }
            },
            failure -> warn(guild, failure));
  }

  private boolean current(List<Command> existing) {
    return existing.size() == 1
        && signature.equals(
            AsyncSlashCommand.signature(SlashCommandData.fromCommand(existing.get(0))));
  }

  private static void warn(Guild guild, Throwable failure) {
    log.warn(
        "Could not register /async in guild {} (is the bot invited with the applications.commands"
            + " scope?): {}",
        guild.getId(),
        failure.toString());
  }
}
