package io.threadkeeper.deploy;

import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import java.util.ArrayList;
import java.util.List;

/** The facts kept about a message, read from its text while it is in memory. */
final class MessageFlags {
  private MessageFlags() {}

  static List<String> ofPost(MessagePosted message) {
    return of(message.text());
  }

  static List<String> ofEdit(MessageEdited message) {
    return of(message.text());
  }

  private static List<String> of(String text) {
    List<String> flags = new ArrayList<>();
    if (text.contains("?")) {
      flags.add("question");
    }
    if (text.contains("http://") || text.contains("https://")) {
      flags.add("link");
    }
    return flags;
  }
}
