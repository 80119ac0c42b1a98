package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Post;
import io.threadkeeper.deploy.sample.SampleCommunity.ReplyAfter;
import io.threadkeeper.deploy.sample.SampleCommunity.RootAt;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Puts every post of the script on the clock: a root at its author's local time, a reply after the
 * previous message of its thread, moved into the replier's working or waking hours unless it is
 * marked as immediate. Small seeded jitter keeps the times from looking machine-made while the
 * output stays the same on every run.
 */
final class Timeline {
  private static final Instant START =
      SampleCommunity.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant END =
      SampleCommunity.END_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

  /**
   * A post with its time.
   *
   * @param ts the Slack timestamp, unique in its channel
   * @param rootTs for a reply, its root's timestamp; {@code null} for a root
   */
  record TimedPost(Post post, Instant at, String ts, String rootTs) {}

  private final SampleCommunity community;
  private final Random random;
  private final Set<String> usedTs = new HashSet<>();

  private Timeline(SampleCommunity community, long seed) {
    this.community = community;
    this.random = new Random(seed);
  }

  static List<TimedPost> place(SampleCommunity community, long seed) {
    return new Timeline(community, seed).placeAll();
  }

  private List<TimedPost> placeAll() {
    List<TimedPost> timed = new ArrayList<>();
    TimedPost root = null;
    Instant previous = null;
    for (Post post : community.posts()) {
      Instant at =
          post.isReply()
              ? reply(post, (ReplyAfter) post.placement(), previous)
              : root(post, (RootAt) post.placement());
      if (at.isBefore(START) || !at.isBefore(END)) {
        throw new IllegalStateException(
            "script line " + post.line() + " falls at " + at + ", outside the export");
      }
      TimedPost placed =
          new TimedPost(post, at, ts(post.channel(), at), post.isReply() ? root.ts() : null);
      if (!post.isReply()) {
        root = placed;
      }
      previous = at;
      timed.add(placed);
    }
    return timed;
  }

  private Instant root(Post post, RootAt at) {
    ZoneId zone = community.member(post.author()).scriptZone();
    return at.date().atTime(at.time()).atZone(zone).toInstant().plusSeconds(random.nextInt(60));
  }

  private Instant reply(Post post, ReplyAfter after, Instant previous) {
    if (previous == null) {
      throw new IllegalStateException("script line " + post.line() + " replies to nothing");
    }
    Instant candidate = previous.plus(after.delay()).plusSeconds(1 + random.nextInt(60));
    if (after.mode() == '!') {
      return candidate;
    }
    long jitterMinutes = Math.min(after.delay().toMinutes() / 4, 45);
    candidate =
        candidate.plus(
            Duration.ofMinutes(jitterMinutes == 0 ? 0 : random.nextInt((int) jitterMinutes)));
    return fit(candidate, community.member(post.author()).zone(), after.mode() == '+');
  }

  /** Moves {@code candidate} to the next moment inside the author's hours, if it is outside. */
  private Instant fit(Instant candidate, ZoneId zone, boolean workingHours) {
    LocalTime start = workingHours ? LocalTime.of(8, 0) : LocalTime.of(8, 30);
    LocalTime end = workingHours ? LocalTime.of(20, 0) : LocalTime.of(22, 0);
    ZonedDateTime local = candidate.atZone(zone);
    boolean inHours = !local.toLocalTime().isBefore(start) && local.toLocalTime().isBefore(end);
    if (inHours && !(workingHours && isWeekend(local))) {
      return candidate;
    }
    ZonedDateTime next =
        local.toLocalTime().isBefore(start) ? local.with(start) : local.plusDays(1).with(start);
    while (workingHours && isWeekend(next)) {
      next = next.plusDays(1);
    }
    return next.plusMinutes(random.nextInt(75)).plusSeconds(random.nextInt(60)).toInstant();
  }

  private static boolean isWeekend(ZonedDateTime time) {
    return time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private String ts(String channel, Instant at) {
    int micros = random.nextInt(1_000_000);
    String ts;
    do {
      ts = String.format("%d.%06d", at.getEpochSecond(), micros++ % 1_000_000);
    } while (!usedTs.add(channel + "/" + ts));
    return ts;
  }
}
