package io.threadkeeper.discord;

import io.threadkeeper.core.event.ChannelChanged;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberLeft;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.event.MessageDeleted;
import io.threadkeeper.core.event.MessageEdited;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.event.ReactionAdded;
import io.threadkeeper.core.event.ReactionRemoved;
import io.threadkeeper.core.model.AuthorKind;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns what Discord says into {@link io.threadkeeper.core.event.ChatEvent}s, from plain values
 * that {@link JdaEvents} reads out of JDA's objects. Decides nothing: it only names things in the
 * core's terms. Thread-safe.
 *
 * <p>Threads: a thread channel or forum post is a thread whose root is its starter message, whose
 * id Discord makes equal to the thread channel's id; its messages carry the thread channel as their
 * channel. In a plain text channel, a reply (message reference) joins the thread of the message it
 * answers.
 */
final class DiscordEventTranslator {
  private final ThreadRoots roots;

  DiscordEventTranslator(ThreadRoots roots) {
    this.roots = roots;
  }

  static WorkspaceRef workspace(String guildId) {
    return new WorkspaceRef(Platform.DISCORD, guildId);
  }

  /** The values of one message that matter to the core. */
  record Posted(
      String guild,
      String channel,
      String message,
      String threadChannel,
      String repliesTo,
      String author,
      AuthorKind authorKind,
      String text,
      int attachments,
      Instant createdAt) {}

  MessagePosted posted(Posted p) {
    String root = rootOf(p.message(), p.threadChannel(), p.repliesTo());
    roots.remember(p.message(), root);
    return new MessagePosted(
        workspace(p.guild()),
        EventKey.derived("message_posted", p.message()),
        p.createdAt(),
        new ChannelId(p.threadChannel() != null ? p.threadChannel() : p.channel()),
        new MessageKey(p.message()),
        new MessageKey(root),
        p.author() == null ? null : new MemberId(p.author()),
        p.authorKind(),
        p.text(),
        false,
        p.attachments());
  }

  private String rootOf(String message, String threadChannel, String repliesTo) {
    if (threadChannel != null) {
      return threadChannel;
    }
    if (repliesTo != null) {
      return roots.rootOf(repliesTo).orElse(repliesTo);
    }
    return message;
  }

  /** Who wrote a message, in the core's terms. */
  static AuthorKind authorKind(boolean system, boolean self, boolean botOrWebhook) {
    if (system) {
      return AuthorKind.SYSTEM;
    }
    if (self) {
      return AuthorKind.SELF;
    }
    return botOrWebhook ? AuthorKind.BOT : AuthorKind.HUMAN;
  }

  /** An edit; the key carries the edit time, so each edit is a fact of its own. */
  MessageEdited edited(
      String guild,
      String channel,
      String message,
      String threadChannel,
      String editor,
      String text,
      Instant editedAt) {
    Optional<String> root =
        threadChannel != null ? Optional.of(threadChannel) : roots.rootOf(message);
    return new MessageEdited(
        workspace(guild),
        EventKey.derived("message_edited", message, Long.toString(editedAt.toEpochMilli())),
        editedAt,
        new ChannelId(channel),
        new MessageKey(message),
        root.map(MessageKey::new).orElse(null),
        editor == null ? null : new MemberId(editor),
        text);
  }

  MessageDeleted deleted(String guild, String channel, String message, Instant seenAt) {
    return new MessageDeleted(
        workspace(guild),
        EventKey.derived("message_deleted", message),
        seenAt,
        new ChannelId(channel),
        new MessageKey(message));
  }

  ReactionAdded reactionAdded(
      String guild, String channel, String message, String member, String emoji, Instant at) {
    return new ReactionAdded(
        workspace(guild),
        EventKey.derived("reaction_added", message, member, emoji),
        at,
        new ChannelId(channel),
        new MessageKey(message),
        new MemberId(member),
        emoji);
  }

  ReactionRemoved reactionRemoved(
      String guild, String channel, String message, String member, String emoji, Instant at) {
    return new ReactionRemoved(
        workspace(guild),
        EventKey.derived("reaction_removed", message, member, emoji),
        at,
        new ChannelId(channel),
        new MessageKey(message),
        new MemberId(member),
        emoji);
  }

  /** Discord profiles carry no time zone; members set theirs with {@code /async timezone}. */
  MemberProfileChanged memberChanged(String guild, String member, boolean bot, Instant at) {
    return new MemberProfileChanged(
        workspace(guild),
        EventKey.derived("member_profile_changed", member, Boolean.toString(bot)),
        at,
        new MemberId(member),
        null,
        bot,
        false);
  }

  MemberLeft memberLeft(String guild, String member, Instant at) {
    return new MemberLeft(
        workspace(guild),
        EventKey.derived("member_left", member, Long.toString(at.toEpochMilli())),
        at,
        new MemberId(member),
        null);
  }

  /**
   * A channel seen, or a thread archived or reopened.
   *
   * @param changedAt when its state last changed; the key carries it, so archiving twice counts
   *     twice while a repeated sighting counts once
   */
  ChannelChanged channel(
      String guild, String channel, String name, boolean archived, Instant changedAt) {
    return new ChannelChanged(
        workspace(guild),
        EventKey.derived(
            "channel_changed",
            channel,
            name,
            Boolean.toString(archived),
            Long.toString(changedAt.toEpochMilli())),
        changedAt,
        new ChannelId(channel),
        name,
        archived);
  }
}
