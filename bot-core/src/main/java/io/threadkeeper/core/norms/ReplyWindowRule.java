package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Norm 2: a thread is due one reply window of its owner's working time after it opens or changes
 * hands, unless someone set an explicit due time. Stateless and thread-safe.
 */
public final class ReplyWindowRule {

  /** A plan and the due time as the person who asked will read it. */
  public record Planned(ReplyPlan plan, ZonedDateTime dueForAsker) {}

  /** The plan for a thread opened or handed to {@code owner} at {@code start}. */
  public ReplyPlan plan(
      MemberId owner, Instant start, ChannelPolicy policy, WorkingCalendar ownerCalendar) {
    Duration window = policy.replyWindow();
    Instant dueAt = ownerCalendar.due(start, window);
    Instant dueSoonAt = ownerCalendar.due(start, share(window, policy.dueSoonFraction()));
    return new ReplyPlan(
        owner,
        start,
        dueSoonAt.isBefore(dueAt) ? dueSoonAt : null,
        dueAt,
        ownerCalendar.due(dueAt, window),
        false);
  }

  /**
   * The plan for an explicit due time, which overrides the window; rendered in the asker's zone.
   */
  public Planned planExplicit(
      MemberId owner,
      Instant start,
      Instant dueAt,
      ZoneId askerZone,
      ChannelPolicy policy,
      WorkingCalendar ownerCalendar) {
    Duration available = ownerCalendar.workingTimeBetween(start, dueAt);
    Instant dueSoonAt = null;
    if (available.compareTo(Duration.ZERO) > 0) {
      Instant candidate = ownerCalendar.due(start, share(available, policy.dueSoonFraction()));
      dueSoonAt = candidate.isBefore(dueAt) ? candidate : null;
    }
    ReplyPlan plan =
        new ReplyPlan(
            owner, start, dueSoonAt, dueAt, ownerCalendar.due(dueAt, policy.replyWindow()), true);
    return new Planned(plan, dueAt.atZone(askerZone));
  }

  /**
   * The end of working time on {@code date} in {@code calendar}, which a due date without a time
   * means ("by Thursday"); the end of the date itself on a day off.
   */
  public static Instant endOfWorkingDay(LocalDate date, WorkingCalendar calendar) {
    Instant dayStart = date.atStartOfDay(calendar.zone()).toInstant();
    Instant nextDay = date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    Duration working = calendar.workingTimeBetween(dayStart, nextDay);
    return working.isZero() ? nextDay : calendar.due(dayStart, working);
  }

  static Duration share(Duration window, double fraction) {
    return Duration.ofMillis(Math.round(window.toMillis() * fraction));
  }
}
