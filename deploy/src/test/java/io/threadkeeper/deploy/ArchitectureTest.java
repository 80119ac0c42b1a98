package io.threadkeeper.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule: slack-adapter → bot-core ← discord-adapter; deploy wires them. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // bot-core's test fixtures reach deploy as a -tests.jar, which the option above misses.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.threadkeeper");
  }

  @Test
  void theCoreSeesNoChatPlatformAndNoAdapter() {
    noClasses()
        .that()
        .resideInAPackage("io.threadkeeper.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.slack..",
            "net.dv8tion..",
            "io.threadkeeper.slack..",
            "io.threadkeeper.discord..",
            "io.threadkeeper.deploy..")
        .check(classes);
  }

  @Test
  void theSlackAdapterDoesNotSeeDiscordNorTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("io.threadkeeper.slack..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.threadkeeper.discord..",
            "net.dv8tion..",
            "org.jdbi..",
            "java.sql..",
            "io.threadkeeper.core.store..")
        .check(classes);
  }

  @Test
  void theDiscordAdapterDoesNotSeeSlackNorTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("io.threadkeeper.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.threadkeeper.slack..",
            "com.slack..",
            "org.jdbi..",
            "java.sql..",
            "io.threadkeeper.core.store..")
        .check(classes);
  }

  @Test
  void theDomainModelEventsAndRulesUseOnlyTheJdk() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.threadkeeper.core.model..",
            "io.threadkeeper.core.event..",
            "io.threadkeeper.core.tracker..",
            "io.threadkeeper.core.norms..",
            "io.threadkeeper.core.time..",
            "io.threadkeeper.core.command..",
            "io.threadkeeper.core.outbox..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "io.threadkeeper.core..")
        .check(classes);
  }

  @Test
  void onlyTheStoreTalksToTheDatabase() {
    noClasses()
        .that()
        .resideInAPackage("io.threadkeeper.core..")
        .and()
        .resideOutsideOfPackages("io.threadkeeper.core.store..", "io.threadkeeper.core.schedule..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..", "com.zaxxer..")
        .check(classes);
  }
}
