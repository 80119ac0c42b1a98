package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code threadkeeper run}: the bot itself, connected to the configured platforms. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Runs the bot: migrates the database, resumes unprocessed events, and "
            + "connects to Slack (SLACK_BOT_TOKEN + SLACK_APP_TOKEN) and Discord "
            + "(DISCORD_TOKEN).")
public final class RunCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Override
  public Integer call() {
    throw new IllegalStateException(
        "no chat platform can be connected yet: the Slack and Discord adapters are not part of"
            + " this build. Use 'threadkeeper demo' or 'threadkeeper audit EXPORT' meanwhile.");
  }
}
