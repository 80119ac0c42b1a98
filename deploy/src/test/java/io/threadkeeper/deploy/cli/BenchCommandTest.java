package io.threadkeeper.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.deploy.ThreadkeeperCli;
import io.threadkeeper.deploy.bench.Benchmarks.Figure;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
  private static BenchCommand parse(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "bench";
    System.arraycopy(args, 0, command, 1, args.length);
    CommandLine.ParseResult parsed = ThreadkeeperCli.commandLine().parseArgs(command);
    return (BenchCommand) parsed.subcommand().commandSpec().userObject();
  }

  @Test
  void withoutOnlyEveryFigureIsMeasured() {
    assertThat(parse().figures()).containsExactly(Figure.values());
  }

  @Test
  void onlyTakesCommaSeparatedFiguresInLowerCase() {
    assertThat(parse("--only", "sweep,report").figures())
        .containsExactly(Figure.SWEEP, Figure.REPORT);
  }

  @Test
  void anUnknownFigureIsRefusedBeforeAnythingIsMeasured() {
    assertThatThrownBy(() -> parse("--only", "sweep,speed"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("speed");
  }
}
