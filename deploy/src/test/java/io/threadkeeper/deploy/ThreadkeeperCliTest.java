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
    List<String> commands = List.of("demo", "audit", "migrate", "run", "classify", "deadline");
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
}
