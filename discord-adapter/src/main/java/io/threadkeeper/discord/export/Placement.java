package io.threadkeeper.discord.export;

import io.threadkeeper.core.model.ChannelId;
import java.util.Optional;

/**
 * Where the messages of one exported file go.
 *
 * <p>A thread file's messages stay in the thread's own channel, as live events put them, and all
 * reply in the thread whose root is the thread's id: Discord gives a thread started from a message
 * that message's id, and a forum post's first message the post's id. The message that started a
 * thread sits in the parent channel's file; it is moved into the thread's channel as its root, so
 * that the thread has its author and the parent channel shows no unanswered message that was in
 * fact answered in the thread. In a channel file, a reply joins the thread of the message it
 * answers, resolved through chains of replies within the file.
 */
final class Placement {
  private final ExportedChannel file;
  private final ChannelPlan plan;
  private final ReplyChains chains = new ReplyChains();

  Placement(ExportedChannel file, ChannelPlan plan) {
    this.file = file;
    this.plan = plan;
  }

  /** A message's channel and thread root (itself for a root). */
  record Place(ChannelId channel, String root) {}

  String fileChannel() {
    return file.id();
  }

  /**
   * Places {@code message}.
   *
   * @param answers the message it replies to, if any
   */
  Place place(String message, Optional<String> answers) {
    ChannelId own = new ChannelId(file.id());
    if (plan.isThread(file)) {
      return new Place(own, file.id());
    }
    Optional<String> thread = plan.threadStartedBy(file, message);
    if (thread.isPresent()) {
      return new Place(new ChannelId(thread.get()), message);
    }
    return new Place(own, chains.root(message, answers));
  }
}
