package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ThreadkeeperCliTest {
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ThreadkeeperCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    List<String> commands =
        List.of("demo", "audit", "report", "migrate", "run", "config", "classify", "deadline");
    assertThat(ThreadkeeperCli.commandLine().getSubcommands().keySet()).containsAll(commands);
    for (String command : commands) {
      Run help = run(command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: threadkeeper " + command);
    }
  }

  @Test
  void versionNamesTheCommitTheBuildCameFrom() {
    Run run = run("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out().strip()).matches("threadkeeper \\S+ \\(commit ([0-9a-f]{40}|unknown)\\)");
    Properties built = new Properties();
    built.setProperty("git.build.version", "1.2.3");
    built.setProperty("git.commit.id.full", "0123456789abcdef0123456789abcdef01234567");
    assertThat(BuildVersion.describe(built))
        .isEqualTo("threadkeeper 1.2.3 (commit 0123456789abcdef0123456789abcdef01234567)");
    assertThat(BuildVersion.describe(new Properties())).endsWith("(commit unknown)");
  }

  @Test
  void aBadConfigurationPrintsEveryProblemWithoutATraceAndExitsTwo(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("threadkeeper.yaml");
    Files.writeString(
        file, "http:\n  port: eighty\nslack:\n  mode: carrier-pigeon\ndiscrod:\n  token: x\n");

    Run run = run("config", "--config", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines())
        .allSatisfy(line -> assertThat(line).startsWith("threadkeeper: "))
        .anySatisfy(line -> assertThat(line).contains("http.port (THREADKEEPER_HTTP_PORT)"))
        .anySatisfy(line -> assertThat(line).contains("slack.mode (THREADKEEPER_SLACK_MODE)"))
        .anySatisfy(line -> assertThat(line).contains("unknown setting 'discrod'"))
        .anySatisfy(line -> assertThat(line).contains("no chat platform is configured"))
        .noneSatisfy(line -> assertThat(line).contains("Exception"));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void configPrintsTheEffectiveSettingsWithSecretsMasked(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("threadkeeper.yaml");
    Files.writeString(file, "discord:\n  token: MTAx.very.secret-token\nhttp:\n  port: 9999\n");

    Run run = run("config", "--config", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Configuration file: " + file)
        .containsPattern("discord\\.token +DISCORD_TOKEN +\\*\\*\\*\\* +configuration file")
        .containsPattern("http\\.port +THREADKEEPER_HTTP_PORT +9999 +configuration file")
        .doesNotContain("very.secret");
  }

  @Test
  void anUnknownOptionIsAnErrorThatShowsTheUsage() {
    Run run = run("audit", "export.zip", "--bogus");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage:");
  }

  @Test
  void aMissingExportIsOneLineAndStatusTwo() {
    Run run = run("audit", "/no/such/export.zip", "--database-url", "postgres://h:1/x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("threadkeeper: no such file or folder: /no/such/export.zip");
  }

  @Test
  void aBadReportWeekIsOneLineAndStatusTwo() {
    Run run = run("report", "--week", "2026-W60", "--database-url", "postgres://h:1/x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "threadkeeper: --week '2026-W60' is not a week: ISO year 2026 has weeks 1 to 53, not"
                + " 60");
  }

  @Test
  void aWeekThatIsNoWeekAtAllSaysWhatAWeekLooksLike() {
    Run run = run("report", "--week", "last", "--database-url", "postgres://h:1/x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "threadkeeper: --week 'last' is not a week: expected an ISO week such as 2026-W47");
  }

  @Test
  void aBadReportZoneIsOneLineAndStatusTwo() {
    Run run = run("report", "--zone", "Mars/Olympus", "--database-url", "postgres://h:1/x");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "threadkeeper: --zone 'Mars/Olympus' is not a time zone; expected e.g. Europe/Berlin");
  }

  @Test
  void anUnknownReportFormatIsAUsageError() {
    Run run = run("report", "--format", "pdf");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--format").contains("pdf");
  }
}
