package io.threadkeeper.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, for recent messages, the root of the thread they belong to, so that a reply to a reply
 * is grouped under the first message of the chain. Discord only tells a reply which message it
 * answers, not where the chain started. Bounded: the oldest entries fall out first. Thread-safe.
 */
final class ThreadRoots {
  private final Map<String, String> rootByMessage;

  ThreadRoots(int capacity) {
    this.rootByMessage =
        Collections.synchronizedMap(
            new LinkedHashMap<>(capacity, 0.75f, false) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
              }
            });
  }

  /** Records that {@code message} belongs to the thread of {@code root}. */
  void remember(String message, String root) {
    rootByMessage.put(message, root);
  }

  /** The root of {@code message}'s thread, when this node has seen it. */
  Optional<String> rootOf(String message) {
    return Optional.ofNullable(rootByMessage.get(message));
  }
}
