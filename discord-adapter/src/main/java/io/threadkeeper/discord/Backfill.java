package io.threadkeeper.discord;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the newest message seen per channel, and after a fresh session (the gateway dropped the
 * old one, and whatever it would have replayed) reads each channel's history after that message.
 * The inbox drops what it already has, so reading too much is harmless. Reads one page of 100 per
 * channel: a longer gap is a longer outage than a fresh session is meant to cover. Thread-safe.
 */
final class Backfill {
  private static final Logger log = LoggerFactory.getLogger(Backfill.class);
  private static final int PAGE = 100;

  private final Map<Long, Long> newestByChannel = new ConcurrentHashMap<>();

  void saw(long channelId, long messageId) {
    newestByChannel.merge(channelId, messageId, Math::max);
  }

  /** Reads what each channel of {@code shard}'s guilds said since it was last seen. */
  void catchUp(JDA shard, Consumer<Message> accept) {
    newestByChannel.forEach(
        (channelId, newest) -> {
          GuildMessageChannel channel = shard.getChannelById(GuildMessageChannel.class, channelId);
          if (channel != null) {
            channel
                .getHistoryAfter(newest, PAGE)
                .queue(
                    history -> oldestFirst(history.getRetrievedHistory()).forEach(accept),
                    failure ->
                        log.warn(
                            "Could not read the history of channel {} after a fresh session: {}",
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
