package io.threadkeeper.discord.export;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The thread root of every message of one channel file, so that a reply to a reply joins the thread
 * of the first message of the chain: Discord only says which message a reply answers. Holds ids
 * only. Not thread-safe; one per file.
 */
final class ReplyChains {
  private final Map<String, String> rootByMessage = new HashMap<>();

  /**
   * Records {@code message} and returns its root: the root of the message it answers (that message
   * itself when the file does not hold it), or {@code message} itself when it answers nothing.
   */
  String root(String message, Optional<String> answers) {
    String root =
        answers.map(answered -> rootByMessage.getOrDefault(answered, answered)).orElse(message);
    rootByMessage.put(message, root);
    return root;
  }
}
