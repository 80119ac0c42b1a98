package io.threadkeeper.discord.export;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.port.ExportSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader sends, in order. */
final class RecordingSink implements ExportSink {
  final List<ChatEvent> events = new ArrayList<>();
  final List<String> notices = new ArrayList<>();
  final List<long[]> progress = new ArrayList<>();

  @Override
  public void accept(ChatEvent event) {
    events.add(event);
  }

  @Override
  public void progress(long done, long total) {
    progress.add(new long[] {done, total});
  }

  @Override
  public void notice(String message) {
    notices.add(message);
  }

  <T extends ChatEvent> List<T> all(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  MessagePosted posted(String message) {
    return all(MessagePosted.class).stream()
        .filter(posted -> posted.message().value().equals(message))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no MessagePosted for " + message));
  }
}
