package io.threadkeeper.deploy.cli;

import io.threadkeeper.deploy.DatabaseTarget;
import io.threadkeeper.deploy.bench.Benchmarks;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadkeeper bench}: the performance figures, as medians with same-run baselines. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures ingest, acknowledgement latency, the deadline sweep (one and two nodes), the"
            + " report query, start-up and heap use in a scratch database of its own"
            + " (threadkeeper_bench_<pid>, dropped afterwards), and prints medians over several"
            + " runs with baselines measured in the same run.")
public final class BenchCommand implements Callable<Integer> {
  @Mixin DatabaseTarget database;

  @Option(names = "--runs", defaultValue = "3", description = "Runs per figure (default: 3).")
  int runs;

  @Option(
      names = "--events",
      defaultValue = "20000",
      description =
          "Events per ingest run, enough for full batches and a warm JIT (default:"
              + " ${DEFAULT-VALUE}).")
  int events;

  @Option(
      names = "--rate",
      defaultValue = "1000",
      description = "Offered events per second for the latency run (default: ${DEFAULT-VALUE}).")
  int rate;

  @Option(
      names = "--deadlines",
      defaultValue = "1000000",
      description = "Pending deadlines (default: ${DEFAULT-VALUE}).")
  int deadlines;

  @Option(
      names = "--due",
      defaultValue = "100000",
      description = "Of which due at once (default: ${DEFAULT-VALUE}).")
  int due;

  @Option(
      names = "--messages",
      defaultValue = "1000000",
      description = "Messages in the report's week (default: ${DEFAULT-VALUE}).")
  int messages;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "FIGURE",
      description =
          "Measure only these figures, comma-separated: ingest, latency, sweep, report,"
              + " startup, heap (default: all).")
  List<Benchmarks.Figure> only;

  @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Benchmarks.Sizes sizes = new Benchmarks.Sizes(runs, events, rate, deadlines, due, messages);
    return Benchmarks.run(database, sizes, figures(), json, System.out);
  }

  /** The figures {@code --only} asked for, else all of them. */
  Set<Benchmarks.Figure> figures() {
    return only == null || only.isEmpty()
        ? EnumSet.allOf(Benchmarks.Figure.class)
        : EnumSet.copyOf(only);
  }
}
