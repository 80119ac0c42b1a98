package io.threadkeeper.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.threadkeeper.core.store.Database;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.deploy.DatabaseTarget;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmarks in a scratch database of this process's own ({@code
 * threadkeeper_bench_<pid>}, dropped afterwards, so benches side by side on one server do not
 * collide) and prints the figures.
 */
public final class Benchmarks {
  private Benchmarks() {}

  /** The figures one can ask for with {@code --only}, in the order they are measured. */
  public enum Figure {
    INGEST,
    LATENCY,
    SWEEP,
    REPORT,
    STARTUP,
    HEAP
  }

  /** How much to measure; the defaults are the design's targets. */
  public record Sizes(int runs, int events, int rate, int deadlines, int due, int messages) {
    public Sizes {
      if (runs < 1 || events < 1 || rate < 1 || deadlines < due || due < 1 || messages < 10) {
        throw new IllegalArgumentException(
            "bench sizes must be positive, with --due not above --deadlines");
      }
    }
  }

  public static int run(
      DatabaseTarget target, Sizes sizes, Set<Figure> figures, boolean json, PrintStream out)
      throws Exception {
    PrintStream log = json ? System.err : out;
    List<BenchResult> results = new ArrayList<>();
    String scratch = "threadkeeper_bench_" + ProcessHandle.current().pid();
    try (DatabaseTarget.Opened opened = target.openThrowaway(scratch, log)) {
      // Ctrl-C skips the close above; with a name per run nobody else would drop it.
      Thread dropOnInterrupt = new Thread(() -> dropQuietly(opened, scratch), "bench-cleanup");
      Runtime.getRuntime().addShutdownHook(dropOnInterrupt);
      try {
        results.addAll(measure(new Scratch(opened, scratch), sizes, figures, log));
      } finally {
        Runtime.getRuntime().removeShutdownHook(dropOnInterrupt);
      }
    }
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(results));
    } else {
      out.print(table(results));
    }
    return 0;
  }

  private static void dropQuietly(DatabaseTarget.Opened opened, String scratch) {
    try {
      opened.server().dropDatabase(scratch);
    } catch (RuntimeException e) {
      System.err.println("bench: could not drop " + scratch + ": " + e.getMessage());
    }
  }

  private static List<BenchResult> measure(
      Scratch db, Sizes sizes, Set<Figure> figures, PrintStream log) throws Exception {
    List<BenchResult> results = new ArrayList<>();
    if (figures.contains(Figure.INGEST)) {
      results.addAll(ingest(db, sizes, log));
    }
    if (figures.contains(Figure.LATENCY)) {
      results.add(latency(db, sizes, log));
    }
    if (figures.contains(Figure.SWEEP)) {
      results.addAll(sweep(db, sizes, log));
    }
    if (figures.contains(Figure.REPORT)) {
      results.add(report(db, sizes, log));
    }
    if (figures.contains(Figure.STARTUP)) {
      results.add(startup(db, sizes, log));
    }
    if (figures.contains(Figure.HEAP)) {
      results.add(heap(log));
    }
    return results;
  }

  /**
   * The open scratch database and its name, which the benches that open pools of their own need.
   */
  private record Scratch(DatabaseTarget.Opened opened, String name) {
    Database database() {
      return opened.database();
    }

    DatabaseSettings settings() {
      return opened.server().database(name);
    }
  }

  private static List<BenchResult> ingest(Scratch db, Sizes sizes, PrintStream log)
      throws Exception {
    log.println("ingest: " + sizes.runs() + " runs of " + sizes.events() + " events…");
    IngestBench bench = new IngestBench(db.database());
    bench.prepareBaseline();
    bench.pipeline("warmup", Math.min(2_000, sizes.events()));
    Measurements pipeline = new Measurements();
    Measurements bare = new Measurements();
    for (int run = 0; run < sizes.runs(); run++) {
      bare.add(bench.bareInsert("bare" + run, sizes.events()));
      pipeline.add(bench.pipeline("run" + run, sizes.events()));
    }
    return List.of(
        new BenchResult(
            "ingest (inbox → norms → outbox)",
            "events/s",
            pipeline.median(),
            bare.median(),
            pipeline.values(),
            "≥ 5,000/s and ≥ 0.5× bare INSERT"));
  }

  private static BenchResult latency(Scratch db, Sizes sizes, PrintStream log) throws Exception {
    log.println("ack latency: " + sizes.rate() + " events/s for 5 s…");
    List<Double> all = new AckLatencyBench(db.database()).run("lat", sizes.rate(), 5);
    return new BenchResult(
        "ack latency p99 at " + sizes.rate() + "/s (p50 as baseline)",
        "ms",
        Measurements.percentile(all, 99),
        Measurements.percentile(all, 50),
        List.of(Measurements.percentile(all, 50), Measurements.percentile(all, 99)),
        "p99 ≤ 50 ms");
  }

  private static List<BenchResult> sweep(Scratch db, Sizes sizes, PrintStream log)
      throws Exception {
    log.println("sweep: preparing " + sizes.deadlines() + " deadlines, " + sizes.due() + " due…");
    SweepBench bench = new SweepBench(db.database(), db.settings());
    bench.prepare(sizes.deadlines(), sizes.due());
    Measurements one = new Measurements();
    Measurements two = new Measurements();
    long duplicates = 0;
    for (int run = 0; run < sizes.runs(); run++) {
      bench.reset();
      one.add(bench.run(1));
      duplicates += bench.duplicates();
      bench.reset();
      two.add(bench.run(2));
      duplicates += bench.duplicates();
    }
    log.println("sweep: " + bench.fired() + " fired in the last run, " + duplicates + " twice");
    return List.of(
        new BenchResult(
            "sweep, 1 node", "s", one.median(), Double.NaN, one.values(), "≤ 60 s, 0 duplicates"),
        new BenchResult(
            "sweep, 2 nodes (1 node as baseline)",
            "s",
            two.median(),
            one.median(),
            two.values(),
            "≤ 60 s, 0 duplicates"),
        new BenchResult(
            "sweep duplicates (all runs)",
            "count",
            duplicates,
            Double.NaN,
            List.of((double) duplicates),
            "0"));
  }

  private static BenchResult report(Scratch db, Sizes sizes, PrintStream log) {
    log.println("report: preparing " + sizes.messages() + " messages…");
    ReportBench bench = new ReportBench(db.database());
    bench.prepare(sizes.messages());
    bench.run();
    Measurements seconds = new Measurements();
    for (int run = 0; run < sizes.runs(); run++) {
      seconds.add(bench.run());
    }
    return new BenchResult(
        "weekly report over " + sizes.messages() + " messages",
        "s",
        seconds.median(),
        Double.NaN,
        seconds.values(),
        "≤ 2 s");
  }

  private static BenchResult startup(Scratch db, Sizes sizes, PrintStream log) throws Exception {
    int runs = Math.max(5, sizes.runs());
    log.println("start-up to ready: " + runs + " starts on the migrated database…");
    StartupBench bench = new StartupBench(db.settings());
    Measurements seconds = new Measurements();
    for (int run = 0; run < runs; run++) {
      seconds.add(bench.run());
    }
    return new BenchResult(
        "start-up to /readyz 200 (migrated database)",
        "s",
        seconds.median(),
        Double.NaN,
        seconds.values(),
        "≤ 3 s");
  }

  private static BenchResult heap(PrintStream log) {
    log.println("heap: after the runs, with 100,000 threads stored…");
    Runtime runtime = Runtime.getRuntime();
    runtime.gc();
    double usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    return new BenchResult(
        "heap in use (threads live in PostgreSQL)",
        "MB",
        usedMb,
        Double.NaN,
        List.of(usedMb),
        "≤ 256 MB with 100,000 open threads");
  }

  static String table(List<BenchResult> results) {
    StringBuilder out = new StringBuilder();
    String row = "%-48s %12s %-9s %12s %8s  %s%n";
    out.append(
        String.format(
            Locale.ROOT, row, "figure (median)", "value", "unit", "baseline", "ratio", "target"));
    for (BenchResult r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              r.name(),
              format(r.value()),
              r.unit(),
              format(r.baseline()),
              Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2f", r.ratio()),
              r.target()));
    }
    return out.toString();
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value >= 100
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
