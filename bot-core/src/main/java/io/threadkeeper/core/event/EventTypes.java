package io.threadkeeper.core.event;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The stable type names of the {@link ChatEvent} family, as stored in the inbox. */
public final class EventTypes {
  private static final Map<Class<? extends ChatEvent>, String> NAMES =
      Map.ofEntries(
          Map.entry(MessagePosted.class, "message_posted"),
          Map.entry(MessageEdited.class, "message_edited"),
          Map.entry(MessageDeleted.class, "message_deleted"),
          Map.entry(ReactionAdded.class, "reaction_added"),
          Map.entry(ReactionRemoved.class, "reaction_removed"),
          Map.entry(MemberProfileChanged.class, "member_profile_changed"),
          Map.entry(MemberLeft.class, "member_left"),
          Map.entry(ChannelChanged.class, "channel_changed"),
          Map.entry(CommandInvoked.class, "command_invoked"),
          Map.entry(InteractionReceived.class, "interaction_received"),
          Map.entry(AccessRevoked.class, "access_revoked"));

  private static final Map<String, Class<? extends ChatEvent>> CLASSES =
      NAMES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  private EventTypes() {}

  public static String nameOf(Class<?> type) {
    String name = NAMES.get(type);
    if (name == null) {
      throw new IllegalArgumentException("not a chat event: " + type.getName());
    }
    return name;
  }

  public static Class<? extends ChatEvent> classOf(String name) {
    Class<? extends ChatEvent> type = CLASSES.get(name);
    if (type == null) {
      throw new IllegalArgumentException("unknown event type '" + name + "'");
    }
    return type;
  }

  public static List<String> names() {
    return NAMES.values().stream().sorted().collect(Collectors.toList());
  }
}
