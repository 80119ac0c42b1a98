package io.threadkeeper.deploy.cli;

import io.threadkeeper.core.port.PlatformConnection;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.PostgresInstallStates;
import io.threadkeeper.core.store.PostgresInstallations;
import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.Pipeline;
import io.threadkeeper.deploy.config.Configuration;
import io.threadkeeper.deploy.config.SlackInstallSettings;
import io.threadkeeper.deploy.run.BotNode;
import io.threadkeeper.discord.DiscordConnection;
import io.threadkeeper.slack.SlackConnection;
import io.threadkeeper.slack.SlackOAuth;
import io.threadkeeper.slack.SlackSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code threadkeeper run}: the bot itself, connected to the configured platforms. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Runs the bot: reads the configuration (threadkeeper.yaml and the environment), waits for"
            + " the database, migrates it, seeds the configured norms, resumes unprocessed events,"
            + " and connects to Slack (SLACK_BOT_TOKEN + SLACK_APP_TOKEN for Socket Mode) and"
            + " Discord (DISCORD_TOKEN)."
            + " Stops cleanly on SIGTERM: it stops receiving, lets running work finish, and"
            + " leaves nothing acknowledged unstored.")
public final class RunCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Override
  public Integer call() throws Exception {
    Configuration config = Configuration.read(database.sources());
    Clock clock = Clock.systemUTC();
    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseTarget.Opened opened =
        DatabaseTarget.openMainUnmigrated(config.databaseUrl(), System.err);
    BotNode node =
        BotNode.serve(config, opened, clock, p -> connect(config, p, opened.database(), clock));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  node.close();
                  boolean clean = closeQuietly(opened);
                  stopped.countDown();
                  exitAfterRequestedStop(clean);
                },
                "threadkeeper-shutdown"));
    if (node.start()) {
      System.err.println("Threadkeeper is running. Stop it with Ctrl-C or SIGTERM.");
    }
    stopped.await();
    return 0;
  }

  private static List<PlatformConnection> connect(
      Configuration settings, Pipeline pipeline, Database database, Clock clock) {
    List<PlatformConnection> connections = new ArrayList<>();
    settings.slack().ifPresent(s -> connections.add(slack(s, settings, pipeline, database, clock)));
    settings
        .discord()
        .ifPresent(
            d ->
                connections.add(
                    new DiscordConnection(
                        d,
                        pipeline.inbox(),
                        pipeline.commandDesk(),
                        pipeline.readMarks(),
                        pipeline.echoedSends(),
                        clock)));
    return connections;
  }

  private static SlackConnection slack(
      SlackSettings slack,
      Configuration settings,
      Pipeline pipeline,
      Database database,
      Clock clock) {
    if (settings.slackInstalls().isEmpty()) {
      return SlackConnection.create(
          slack, pipeline.inbox(), pipeline.commandDesk(), pipeline.memberOverviews(), clock);
    }
    SlackInstallSettings installs = settings.slackInstalls().get();
    SlackOAuth oauth =
        new SlackOAuth(
            installs.clientId(),
            installs.clientSecret(),
            new PostgresInstallations(database.jdbi(), installs.cipher()),
            new PostgresInstallStates(database.jdbi(), clock));
    return SlackConnection.multiWorkspace(
        slack, oauth, pipeline.inbox(), pipeline.commandDesk(), pipeline.memberOverviews(), clock);
  }

  /** Whether the database closed cleanly; a failure is reported, never thrown. */
  private static boolean closeQuietly(DatabaseTarget.Opened opened) {
    try {
      opened.close();
      return true;
    } catch (java.io.IOException e) {
      System.err.println("threadkeeper: the database did not close cleanly");
      return false;
    }
  }

  /**
   * SIGTERM (or Ctrl-C) is how an operator or an orchestrator stops the bot, so a stop that
   * completed cleanly exits 0; left alone, the JVM would report 143 (130 for Ctrl-C) and
   * supervisors would count every deploy as a crash. The exit status of a signal-initiated shutdown
   * is fixed before the hooks run, so only {@code halt} can set it; it runs last, once everything
   * of ours is stopped and flushed.
   */
  private static void exitAfterRequestedStop(boolean clean) {
    System.err.println("Threadkeeper stopped" + (clean ? "." : " with problems (see above)."));
    System.out.flush();
    System.err.flush();
    if (clean) {
      Runtime.getRuntime().halt(0);
    }
  }
}
