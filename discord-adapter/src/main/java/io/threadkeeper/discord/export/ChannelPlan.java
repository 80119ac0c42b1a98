package io.threadkeeper.discord.export;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which exported files are threads and which channel messages started them. A file is a thread when
 * DiscordChatExporter calls its channel a thread, or when its {@code categoryId} is another
 * exported channel (a channel's {@code categoryId} is a category, and categories have no file).
 * Immutable.
 */
final class ChannelPlan {
  private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
  private static final int SNOWFLAKE_TIME_SHIFT = 22;

  private final List<ExportedChannel> channels;
  private final Set<String> threadIds;
  private final Map<String, Set<String>> threadIdsByParent;

  private ChannelPlan(List<ExportedChannel> channels, Set<String> threadIds) {
    this.channels = List.copyOf(channels);
    this.threadIds = Set.copyOf(threadIds);
    this.threadIdsByParent =
        channels.stream()
            .filter(channel -> threadIds.contains(channel.id()))
            .collect(
                Collectors.groupingBy(
                    ExportedChannel::parentId,
                    Collectors.mapping(ExportedChannel::id, Collectors.toUnmodifiableSet())));
  }

  static ChannelPlan of(List<ExportedChannel> channels) {
    Set<String> exported = channels.stream().map(ExportedChannel::id).collect(Collectors.toSet());
    Set<String> threads =
        channels.stream()
            .filter(c -> c.typedAsThread() || exported.contains(c.parentId()))
            .map(ExportedChannel::id)
            .collect(Collectors.toSet());
    // Channels before threads, each in file order, so a thread never comes before its parent.
    List<ExportedChannel> ordered = new ArrayList<>(channels);
    ordered.sort(Comparator.comparing(channel -> threads.contains(channel.id())));
    return new ChannelPlan(ordered, threads);
  }

  /** The channels, then the threads, each in file order. */
  List<ExportedChannel> channels() {
    return channels;
  }

  boolean isThread(ExportedChannel channel) {
    return threadIds.contains(channel.id());
  }

  /**
   * The exported thread that {@code message} in {@code channel} started: Discord gives a thread
   * started from a message the id of that message.
   */
  Optional<String> threadStartedBy(ExportedChannel channel, String message) {
    return threadIdsByParent.getOrDefault(channel.id(), Set.of()).contains(message)
        ? Optional.of(message)
        : Optional.empty();
  }

  /** The same event the live adapter emits when it first sees the channel, so the two dedupe. */
  static ChannelChanged changed(WorkspaceRef workspace, ExportedChannel channel) {
    Instant created = createdAt(channel.id());
    EventKey key =
        EventKey.derived(
            "channel_changed",
            channel.id(),
            channel.name(),
            Boolean.FALSE.toString(),
            Long.toString(created.toEpochMilli()));
    // Exports do not say whether a thread was archived; what was exported is read as open.
    return new ChannelChanged(
        workspace, key, created, new ChannelId(channel.id()), channel.name(), false);
  }

  /** A snowflake's creation time; the epoch for an id that is not one. */
  static Instant createdAt(String snowflake) {
    try {
      long id = Long.parseUnsignedLong(snowflake);
      return Instant.ofEpochMilli((id >>> SNOWFLAKE_TIME_SHIFT) + DISCORD_EPOCH_MILLIS);
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }
}
