package io.threadkeeper.core.port;

import io.threadkeeper.core.model.WorkspaceRef;
import java.util.List;

/** What an export held, as counted by its reader. */
public record ExportSummary(
    WorkspaceRef workspace, int channels, int members, long messages, List<String> notices) {
  public ExportSummary {
    notices = List.copyOf(notices);
  }
}
