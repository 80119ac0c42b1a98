package io.threadkeeper.core.tracker;

import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What is kept of a message: its keys, author, times and flags, never its text.
 *
 * @param root the thread it belongs to; its own key for a root
 * @param author who wrote it, or {@code null} when the platform did not say (integrations)
 * @param flags facts read from the text while it was in memory, e.g. {@code summary}
 */
public record MessageMeta(
    MessageKey key,
    MessageKey root,
    MemberId author,
    AuthorKind authorKind,
    Instant postedAt,
    boolean broadcast,
    Set<String> flags) {

  /** Flag of a message that is a thread summary ({@code Summary:}, {@code Decision:}, TL;DR). */
  public static final String SUMMARY = "summary";

  public MessageMeta {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(authorKind, "authorKind");
    Objects.requireNonNull(postedAt, "postedAt");
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }

  public boolean isRoot() {
    return key.equals(root);
  }

  public boolean countsAsActivity() {
    return authorKind.isHuman();
  }
}
