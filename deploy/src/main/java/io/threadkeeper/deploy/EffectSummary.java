package io.threadkeeper.deploy;

import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.EffectLog;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints what the norms decided during an offline run: counts, then the first messages. */
final class EffectSummary {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final int SHOWN = 15;

  private EffectSummary() {}

  static String render(
      EffectLog log, WorkspaceRef workspace, ZoneId workspaceZone, Duration aftermath) {
    Map<String, Integer> counts = log.countsByKind(workspace);
    StringBuilder out = new StringBuilder();
    out.append("What Threadkeeper would have done (shadow mode: recorded, nothing sent;")
        .append(" workspace time zone ")
        .append(workspaceZone.getId())
        .append(", norms followed for ")
        .append(aftermath.toDays())
        .append(" days after the last message):\n");
    if (counts.isEmpty()) {
      return out.append("  nothing: every thread kept to its norms.\n").toString();
    }
    counts.forEach(
        (kind, count) ->
            out.append(String.format(Locale.ROOT, "  %5d  %s%n", count, kind.replace('_', ' '))));
    List<EffectLog.Entry> first = log.first(workspace, SHOWN);
    out.append("\nThe first ")
        .append(first.size())
        .append(", each at the recipient's local time (working hours respected):\n");
    for (EffectLog.Entry entry : first) {
      ZoneId zone =
          entry.recipientZone() == null ? workspaceZone : ZoneId.of(entry.recipientZone());
      out.append(
          String.format(
              Locale.ROOT,
              "  %s %-20s %-18s to %s in #%s%n      %s%n",
              LOCAL.format(entry.deliverAt().atZone(zone)),
              "(" + zone.getId() + ")",
              entry.kind().replace('_', ' '),
              entry.recipient(),
              entry.channel(),
              entry.reason()));
    }
    return out.toString();
  }
}
