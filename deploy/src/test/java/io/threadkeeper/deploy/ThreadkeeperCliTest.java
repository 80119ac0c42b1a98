package io.threadkeeper.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        List.of("demo", "audit", "report", "migrate", "run", "classify", "deadline");
    assertThat(ThreadkeeperCli.commandLine().getSubcommands().keySet()).containsAll(commands);
    for (String command : commands) {
      Run help = run(command, "--help");
      assertThat(help.status()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: threadkeeper " + command);
    }
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
