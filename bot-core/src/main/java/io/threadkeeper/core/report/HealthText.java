package io.threadkeeper.core.report;

import java.util.Locale;

/** Renders {@link CommunityHealth} as a plain-text table for a terminal. */
public final class HealthText {
  private HealthText() {}

  public static String render(CommunityHealth health) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d threads, %d answered (%s), %d ghost threads, %d replies; median time to first"
                + " reply %s; %d long threads, %d without a summary; %d members%n%n",
            health.threads(),
            health.answered(),
            percent(health.threads() == 0 ? 0 : (double) health.answered() / health.threads()),
            health.ghosts(),
            health.replies(),
            Durations.brief(health.medianFirstReply()),
            health.longThreads(),
            health.longWithoutSummary(),
            health.members()));
    String row = "%-22s %7s %9s %6s %7s %6s %9s %9s%n";
    out.append(
        String.format(
            Locale.ROOT,
            row,
            "channel",
            "threads",
            "answered",
            "ghost",
            "replies",
            "long",
            "median",
            "p90"));
    for (ChannelHealth channel : health.channels()) {
      out.append(
          String.format(
              Locale.ROOT,
              row,
              label(channel),
              channel.threads(),
              percent(channel.answeredShare()),
              channel.ghosts(),
              channel.replies(),
              channel.longThreads(),
              Durations.brief(channel.medianFirstReply()),
              Durations.brief(channel.p90FirstReply())));
    }
    return out.toString();
  }

  private static String label(ChannelHealth channel) {
    String name = "#" + channel.name();
    if (channel.urgent()) {
      name += " (urgent)";
    } else if (channel.archived()) {
      name += " (archived)";
    }
    return name.length() > 22 ? name.substring(0, 21) + "…" : name;
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
