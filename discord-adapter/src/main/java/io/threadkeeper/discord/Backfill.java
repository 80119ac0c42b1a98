package io.threadkeeper.discord;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.port.ReadMarks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the newest message seen per channel and reads each channel's history after it when the
 * gateway cannot replay what was missed: after a fresh session, and after a restart, for which the
 * marks are kept through {@link ReadMarks} (saved every few seconds and on close, not per message).
 * The inbox drops what it already has, so reading too much is harmless. Reads one page of 100 per
 * channel: a longer gap is a longer outage than this is meant to cover. Thread-safe.
 */
final class Backfill {
  private static final Logger log = LoggerFactory.getLogger(Backfill.class);
  private static final int PAGE = 100;

  private record Seen(String guild, long message, Instant postedAt) {
    Seen newer(Seen other) {
      return other.message > message ? other : this;
    }
  }

  private final ReadMarks marks;
  private final Map<Long, Seen> newestByChannel = new ConcurrentHashMap<>();
  private final Set<Long> unsaved = ConcurrentHashMap.newKeySet();

  Backfill(ReadMarks marks) {
    this.marks = marks;
  }

  void saw(String guild, long channelId, long messageId, Instant postedAt) {
    newestByChannel.merge(channelId, new Seen(guild, messageId, postedAt), Seen::newer);
    unsaved.add(channelId);
  }

  /** Writes the marks that moved since the last save; a failed write is tried again next time. */
  void save() {
    Map<String, List<ReadMarks.Mark>> byGuild = new HashMap<>();
    Map<String, List<Long>> channelsByGuild = new HashMap<>();
    for (Long channel : List.copyOf(unsaved)) {
      unsaved.remove(channel);
      Seen seen = newestByChannel.get(channel);
      byGuild
          .computeIfAbsent(seen.guild(), g -> new ArrayList<>())
          .add(
              new ReadMarks.Mark(
                  new ChannelId(Long.toString(channel)),
                  new MessageKey(Long.toString(seen.message())),
                  seen.postedAt()));
      channelsByGuild.computeIfAbsent(seen.guild(), g -> new ArrayList<>()).add(channel);
    }
    byGuild.forEach(
        (guild, moved) -> {
          try {
            marks.advance(DiscordEventTranslator.workspace(guild), moved);
          } catch (RuntimeException e) {
            unsaved.addAll(channelsByGuild.get(guild));
            log.warn(
                "Could not save where guild {} was read up to: {}", guild, e.getClass().getName());
          }
        });
  }

  /** After a restart: takes up the guild's saved marks and reads what was said since. */
  void resume(Guild guild, Consumer<Message> accept) {
    try {
      for (ReadMarks.Mark mark : marks.marks(DiscordEventTranslator.workspace(guild.getId()))) {
        newestByChannel.merge(
            Long.parseLong(mark.channel().value()),
            new Seen(guild.getId(), Long.parseLong(mark.message().value()), mark.postedAt()),
            Seen::newer);
      }
    } catch (RuntimeException e) {
      log.warn(
          "Could not read where guild {} was read up to; no backfill: {}",
          guild.getId(),
          e.getClass().getName());
      return;
    }
    catchUp(guild.getJDA(), guild.getId(), accept);
  }

  /** After a fresh session: reads what each channel of {@code shard}'s guilds said since. */
  void catchUp(JDA shard, Consumer<Message> accept) {
    catchUp(shard, null, accept);
  }

  private void catchUp(JDA shard, String onlyGuild, Consumer<Message> accept) {
    newestByChannel.forEach(
        (channelId, newest) -> {
          if (onlyGuild != null && !onlyGuild.equals(newest.guild())) {
            return;
          }
          GuildMessageChannel channel = shard.getChannelById(GuildMessageChannel.class, channelId);
          if (channel != null) {
            channel
                .getHistoryAfter(newest.message(), PAGE)
                .queue(
                    history -> oldestFirst(history.getRetrievedHistory()).forEach(accept),
                    failure ->
                        log.warn(
                            "Could not read the history of channel {}: {}",
                            channelId,
                            failure.toString()));
          }
        });
  }

  private static List<Message> oldestFirst(List<Message> newestFirst) {
    List<Message> messages = new ArrayList<>(newestFirst);
    Collections.reverse(messages);
    return messages;
  }
}
