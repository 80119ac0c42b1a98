package io.threadkeeper.deploy;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.port.ExportSink;
import java.io.PrintStream;

/**
 * Shows how far an import is: a bar redrawn in place on a terminal, a plain line every 10 % when
 * the output is a file or a pipe. Notices are printed as they come.
 */
final class ProgressLine implements ExportSink {
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private long lastTenth = -1;
  private boolean barShown;

  ProgressLine(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public void accept(ChatEvent event) {
    // Progress only: events go to the inbox, not here.
  }

  @Override
  public void progress(long done, long total) {
    if (total <= 0) {
      return;
    }
    if (terminal) {
      int filled = (int) (WIDTH * done / total);
      out.print(
          "\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      barShown = true;
      if (done == total) {
        finishBar();
      }
    } else {
      long tenth = 10 * done / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println("Read " + done + " of " + total + " files (" + tenth * 10 + "%)");
      }
    }
    out.flush();
  }

  @Override
  public void notice(String message) {
    finishBar();
    out.println("Note: " + message);
  }

  private void finishBar() {
    if (barShown) {
      out.println();
      barShown = false;
    }
  }
}
