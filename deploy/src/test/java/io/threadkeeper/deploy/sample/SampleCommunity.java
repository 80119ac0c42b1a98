package io.threadkeeper.deploy.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What the community script declares: the team, its members and channels, and the posts. */
record SampleCommunity(Team team, List<Member> members, List<Channel> channels, List<Post> posts) {

  /** Monday of week 1; {@code Mon1} in the script. */
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);

  /** The day after the last day of the export (Sunday of week 3). */
  static final LocalDate END_DAY = FIRST_DAY.plusWeeks(3);

  SampleCommunity {
    members = List.copyOf(members);
    channels = List.copyOf(channels);
    posts = List.copyOf(posts);
  }

  Member member(String handle) {
    return members.stream()
        .filter(member -> member.handle().equals(handle))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no member with handle " + handle));
  }

  record Team(String id, String domain, String name) {}

  enum Kind {
    HUMAN,
    DELETED,
    BOT,
    INTEGRATION
  }

  /**
   * @param botId for bots and integrations, the {@code B…} id
   * @param roles {@code admin}, {@code owner}
   */
  record Member(
      String id,
      String handle,
      Kind kind,
      ZoneId zone,
      String realName,
      String title,
      Set<String> roles,
      String botId,
      String appId) {
    Member {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(handle, "handle");
      roles = Set.copyOf(roles);
    }

    /** Bots and integrations keep UTC in the script; people their own zone. */
    ZoneId scriptZone() {
      return kind == Kind.BOT || kind == Kind.INTEGRATION ? ZoneOffset.UTC : zone;
    }
  }

  record Channel(
      String id,
      String name,
      String creator,
      LocalDate created,
      boolean general,
      boolean archived,
      String purpose,
      String topic) {}

  /** When a post goes out: a root at a local time, or a reply some time after the previous one. */
  sealed interface Placement permits RootAt, ReplyAfter {}

  record RootAt(int week, DayOfWeek day, LocalTime time) implements Placement {
    LocalDate date() {
      return FIRST_DAY.plusWeeks(week - 1L).with(day);
    }
  }

  /**
   * @param mode {@code +} working hours on weekdays, {@code ~} waking hours any day, {@code !}
   *     exactly
   */
  record ReplyAfter(char mode, Duration delay) implements Placement {}

  /**
   * @param flags script flags, e.g. {@code file → [plan.pdf]}, {@code react → [tada:ines+joao]}
   */
  record Post(
      int line,
      String channel,
      Placement placement,
      String author,
      Map<String, List<String>> flags,
      String text) {
    Post {
      flags = Map.copyOf(flags);
    }

    boolean has(String flag) {
      return flags.containsKey(flag);
    }

    Optional<String> flag(String flag) {
      return Optional.ofNullable(flags.get(flag)).map(values -> values.get(0));
    }

    boolean isReply() {
      return placement instanceof ReplyAfter;
    }
  }
}
