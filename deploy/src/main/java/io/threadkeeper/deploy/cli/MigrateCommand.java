package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code threadkeeper migrate}: brings the database schema up to date and exits. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description =
        "Applies pending Flyway migrations to the bot's database and exits. Run "
            + "it as a separate step before starting a new version, or let 'run' do "
            + "it.")
public final class MigrateCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Override
  public Integer call() throws Exception {
    try (DatabaseTarget.Opened opened = database.openMain(System.out)) {
      String version =
          opened
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("select max(version) from flyway_schema_history where success")
                          .mapTo(String.class)
                          .one());
      System.out.println("Schema is up to date at version " + version + ".");
    }
    return 0;
  }
}
