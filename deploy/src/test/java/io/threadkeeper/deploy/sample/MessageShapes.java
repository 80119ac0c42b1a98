package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Member;
import io.threadkeeper.deploy.sample.SampleCommunity.Post;
import io.threadkeeper.deploy.sample.Timeline.TimedPost;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shapes timed posts into message objects as they appear in a Slack export's day files. */
final class MessageShapes {
  private static final Pattern MENTION = Pattern.compile("<@(\\w+)>");
  private static final Pattern CHANNEL_NAME = Pattern.compile("(?<![\\w/])#([a-z0-9-]+)");
  private static final Set<String> SYSTEM_FLAGS = Set.of("join", "topic", "purpose", "archive");

  private final SampleCommunity community;
  private final FileShapes files;

  MessageShapes(SampleCommunity community) {
    this.community = community;
    this.files = new FileShapes(community.team());
  }

  /**
   * @param replies the replies of {@code post} if it is a root, else empty
   * @param root the root of {@code post} if it is a reply, else {@code null}
   */
  Map<String, Object> shape(TimedPost post, List<TimedPost> replies, TimedPost root) {
    Post script = post.post();
    Member author = community.member(script.author());
    if (script.has("tombstone")) {
      return tombstone(post, replies);
    }
    if (script.flags().keySet().stream().anyMatch(SYSTEM_FLAGS::contains)) {
      return system(post, author);
    }
    Map<String, Object> message =
        switch (author.kind()) {
          case INTEGRATION -> integration(post, author);
          case BOT -> bot(post, author);
          case HUMAN, DELETED -> human(post, author);
        };
    threadFields(message, post, replies, root);
    List<Map<String, Object>> reactions = reactions(script);
    if (!reactions.isEmpty()) {
      message.put("reactions", reactions);
    }
    return message;
  }

  private Map<String, Object> human(TimedPost post, Member author) {
    Map<String, Object> message = start(author.id(), post.ts());
    message.put(
        "client_msg_id",
        UUID.nameUUIDFromBytes((post.post().channel() + post.ts()).getBytes(StandardCharsets.UTF_8))
            .toString());
    message.put("text", slackText(post.post().text()));
    if (post.post().has("edited")) {
      message.put(
          "edited",
          PrettyJson.object(
              "user", author.id(), "ts", (post.at().getEpochSecond() + 95) + ".000000"));
    }
    post.post()
        .flag("file")
        .ifPresent(
            name -> {
              message.put("files", List.of(files.file(name, author, post.at())));
              message.put("upload", false);
              message.put("display_as_bot", false);
            });
    message.put("team", community.team().id());
    message.put("user_team", community.team().id());
    message.put("source_team", community.team().id());
    message.put("user_profile", ProfileShapes.messageProfile(author, community.team()));
    return message;
  }

  private Map<String, Object> bot(TimedPost post, Member bot) {
    Map<String, Object> message = start(bot.id(), post.ts());
    message.put("bot_id", bot.botId());
    message.put("app_id", bot.appId());
    message.put("text", slackText(post.post().text()));
    message.put("team", community.team().id());
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", bot.botId());
    profile.put("deleted", false);
    profile.put("name", bot.realName());
    profile.put("updated", 1_725_000_000);
    profile.put("app_id", bot.appId());
    profile.put("team_id", community.team().id());
    message.put("bot_profile", profile);
    return message;
  }

  private Map<String, Object> integration(TimedPost post, Member integration) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("subtype", "bot_message");
    message.put("text", slackText(post.post().text()));
    message.put("ts", post.ts());
    message.put("username", integration.realName());
    message.put("bot_id", integration.botId());
    return message;
  }

  private Map<String, Object> system(TimedPost post, Member author) {
    Post script = post.post();
    String mention = "<@" + author.id() + ">";
    Map<String, Object> message = start(author.id(), post.ts());
    if (script.has("join")) {
      message.put("subtype", "channel_join");
      message.put("text", mention + " has joined the channel");
    } else if (script.has("archive")) {
      message.put("subtype", "channel_archive");
      message.put("text", mention + " archived the channel");
    } else {
      String field = script.has("topic") ? "topic" : "purpose";
      message.put("subtype", "channel_" + field);
      message.put("text", mention + " set the channel " + field + ": " + script.text());
      message.put(field, script.text());
    }
    return message;
  }

  private Map<String, Object> tombstone(TimedPost post, List<TimedPost> replies) {
    Map<String, Object> message = start("USLACKBOT", post.ts());
    message.put("subtype", "tombstone");
    message.put("text", "This message was deleted.");
    message.put("hidden", true);
    threadFields(message, post, replies, null);
    return message;
  }

  private static Map<String, Object> start(String user, String ts) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("user", user);
    message.put("type", "message");
    message.put("ts", ts);
    return message;
  }

  private void threadFields(
      Map<String, Object> message, TimedPost post, List<TimedPost> replies, TimedPost root) {
    if (root != null) {
      message.put("thread_ts", root.ts());
      message.put("parent_user_id", community.member(root.post().author()).id());
      if (post.post().has("broadcast")) {
        message.put("subtype", "thread_broadcast");
        message.put(
            "root",
            PrettyJson.object(
                "type",
                "message",
                "user",
                community.member(root.post().author()).id(),
                "ts",
                root.ts(),
                "thread_ts",
                root.ts()));
      }
    } else if (!replies.isEmpty()) {
      Set<String> replyUsers = new LinkedHashSet<>();
      replies.forEach(reply -> replyUsers.add(community.member(reply.post().author()).id()));
      message.put("thread_ts", post.ts());
      message.put("reply_count", replies.size());
      message.put("reply_users_count", replyUsers.size());
      message.put("latest_reply", replies.get(replies.size() - 1).ts());
      message.put("reply_users", List.copyOf(replyUsers));
      message.put("is_locked", false);
      message.put("subscribed", false);
    }
  }

  private List<Map<String, Object>> reactions(Post post) {
    List<Map<String, Object>> reactions = new ArrayList<>();
    for (String reaction : post.flags().getOrDefault("react", List.of())) {
      String[] nameAndUsers = reaction.split(":", 2);
      String handles = nameAndUsers.length == 2 ? nameAndUsers[1] : post.author();
      List<String> users = new ArrayList<>();
      for (String handle : handles.split("\\+")) {
        users.add(community.member(handle).id());
      }
      reactions.add(
          PrettyJson.object("name", nameAndUsers[0], "users", users, "count", users.size()));
    }
    return reactions;
  }

  /** Script text in Slack's markup: {@code &} escaped, mentions and channel names as links. */
  private String slackText(String text) {
    String escaped = text.replace("&", "&amp;");
    Matcher mentions = MENTION.matcher(escaped);
    escaped = mentions.replaceAll(match -> "<@" + community.member(match.group(1)).id() + ">");
    Matcher channels = CHANNEL_NAME.matcher(escaped);
    return channels.replaceAll(
        match ->
            community.channels().stream()
                .filter(channel -> channel.name().equals(match.group(1)))
                .findFirst()
                .map(
                    channel ->
                        Matcher.quoteReplacement("<#" + channel.id() + "|" + channel.name() + ">"))
                .orElse(Matcher.quoteReplacement(match.group())));
  }
}
