package io.threadkeeper.deploy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Predicate;

/** The bodies of {@code demo} and {@code audit}, callable from tests with their own output. */
public final class OfflineRuns {
  /** The sample association is based in London; its members are spread over 19 zones. */
  static final ZoneId SAMPLE_ZONE = ZoneId.of("Europe/London");

  private OfflineRuns() {}

  public static int demo(DatabaseTarget target, Path report, PrintStream out) throws Exception {
    return demo(target, "threadkeeper_demo", report, out);
  }

  /** The demo into a scratch database of the given name (tests run several side by side). */
  public static int demo(DatabaseTarget target, String scratch, Path report, PrintStream out)
      throws Exception {
    Path sample = SampleCommunity.extract();
    try (DatabaseTarget.Opened opened = target.openScratch(scratch, out)) {
      new OfflineAudit(opened.database(), Clock.systemUTC(), out, isTerminal(out))
          .run(
              sample,
              "Threadkeeper demo: Northwind Volunteers",
              report,
              SAMPLE_ZONE,
              name -> name.equals("urgent-ops"));
      return 0;
    } finally {
      SampleCommunity.delete(sample);
    }
  }

  public static int audit(DatabaseTarget target, Path export, Path report, PrintStream out)
      throws Exception {
    return audit(
        target, "threadkeeper_audit", export, report, ZoneId.of("UTC"), UrgentChannels.GUESS, out);
  }

  /** The audit into a scratch database of the given name. */
  public static int audit(
      DatabaseTarget target,
      String scratch,
      Path export,
      Path report,
      ZoneId zone,
      Predicate<String> urgent,
      PrintStream out)
      throws Exception {
    if (!Files.exists(export)) {
      throw new NoSuchFileException(export.toString());
    }
    try (DatabaseTarget.Opened opened = target.openScratch(scratch, out)) {
      new OfflineAudit(opened.database(), Clock.systemUTC(), out, isTerminal(out))
          .run(export, "Threadkeeper audit: " + export.getFileName(), report, zone, urgent);
      return 0;
    }
  }

  private static boolean isTerminal(PrintStream out) {
    return out == System.out && System.console() != null;
  }
}
