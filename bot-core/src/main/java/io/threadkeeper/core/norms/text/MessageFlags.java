package io.threadkeeper.core.norms.text;

import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.tracker.MessageMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts kept about a message (question, link, summary), read from its text while it is in
 * memory; the text itself is never kept. Thread-safe.
 */
public final class MessageFlags {
  private MessageFlags() {}

  public static List<String> ofPost(MessagePosted message) {
    return of(message.workspace().platform(), message.text());
  }

  public static List<String> ofEdit(MessageEdited message) {
    return of(message.workspace().platform(), message.text());
  }

  private static List<String> of(Platform platform, String raw) {
    List<String> flags = new ArrayList<>();
    if (raw.isEmpty()) {
      return flags;
    }
    MessageText text = MessageText.of(platform, raw);
    if (text.plain().contains("?")) {
      flags.add("question");
    }
    if (!text.links().isEmpty()) {
      flags.add("link");
    }
    if (SummaryMarker.isSummary(platform, raw)) {
      flags.add(MessageMeta.SUMMARY);
    }
    return flags;
  }
}
