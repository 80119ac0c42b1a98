package io.threadkeeper.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The thread health of one workspace over a period, channel by channel. */
public record CommunityHealth(
    String workspace,
    Instant from,
    Instant to,
    List<ChannelHealth> channels,
    int members,
    Duration medianFirstReply) {

  public CommunityHealth {
    Objects.requireNonNull(workspace, "workspace");
    channels = List.copyOf(channels);
  }

  public int threads() {
    return channels.stream().mapToInt(ChannelHealth::threads).sum();
  }

  public int answered() {
    return channels.stream().mapToInt(ChannelHealth::answered).sum();
  }

  public int ghosts() {
    return channels.stream().mapToInt(ChannelHealth::ghosts).sum();
  }

  public int replies() {
    return channels.stream().mapToInt(ChannelHealth::replies).sum();
  }

  public int longThreads() {
    return channels.stream().mapToInt(ChannelHealth::longThreads).sum();
  }

  public int longWithoutSummary() {
    return channels.stream().mapToInt(ChannelHealth::longWithoutSummary).sum();
  }
}
