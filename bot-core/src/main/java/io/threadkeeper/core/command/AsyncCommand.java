package io.threadkeeper.core.command;

import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code /async} command, read from Slack text or Discord options; values only, no effects.
 * Whether the invoking member may run it, and what it does, is decided by its handler.
 */
public sealed interface AsyncCommand {

  /** Which subcommand this is. */
  Subcommand subcommand();

  /** Whether only the channel's moderators may run it. */
  default boolean moderatorOnly() {
    return subcommand().moderatorOnly();
  }

  /** Lists the commands, or explains {@code topic}. */
  record Help(Optional<Subcommand> topic) implements AsyncCommand {
    public static final Help ALL = new Help(Optional.empty());

    public Help {
      Objects.requireNonNull(topic, "topic");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.HELP;
    }
  }

  /**
   * Opens the structured-request form, with {@code due} filled in when given; whether the date is
   * in the past is for the handler, which has the clock.
   */
  record Ask(Optional<LocalDate> due) implements AsyncCommand {
    public Ask {
      Objects.requireNonNull(due, "due");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.ASK;
    }
  }

  /** Hands the current thread to {@code owner}. */
  record Owner(MemberRef owner) implements AsyncCommand {
    public Owner {
      Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.OWNER;
    }
  }

  /** Closes the current thread. */
  record Resolve() implements AsyncCommand {
    @Override
    public Subcommand subcommand() {
      return Subcommand.RESOLVE;
    }
  }

  /**
   * Posts {@code text} as the current thread's summary, or, when empty, marks the invoker's latest
   * reply in the thread as the summary.
   */
  record Summary(Optional<String> text) implements AsyncCommand {
    public Summary {
      text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.SUMMARY;
    }
  }

  /** Lists the open threads the invoker owns. */
  record Mine() implements AsyncCommand {
    @Override
    public Subcommand subcommand() {
      return Subcommand.MINE;
    }
  }

  /** Sets the invoker's time zone; empty ({@link #AUTO}) follows their platform profile. */
  record TimeZone(Optional<ZoneId> zone) implements AsyncCommand {
    public static final TimeZone AUTO = new TimeZone(Optional.empty());

    public TimeZone {
      Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.TIMEZONE;
    }
  }

  /** Sets the invoker's working hours, in their own time zone. */
  record Hours(WorkingHours hours) implements AsyncCommand {
    public Hours {
      Objects.requireNonNull(hours, "hours");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.HOURS;
    }
  }

  /** Pauses the current thread's reminders for {@code duration} of calendar time. */
  record Snooze(Duration duration, Optional<String> reason) implements AsyncCommand {
    public static final Duration SHORTEST = Duration.ofMinutes(1);
    public static final Duration LONGEST = Duration.ofDays(30);

    public Snooze {
      Bounds.require(duration, SHORTEST, LONGEST, "snooze");
      reason =
          Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty());
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.SNOOZE;
    }
  }

  /** Explains the last nudge or reminder the invoker got: which rule fired, on which words. */
  record Why() implements AsyncCommand {
    @Override
    public Subcommand subcommand() {
      return Subcommand.WHY;
    }
  }

  /**
   * Erases the invoker's data when {@code confirmed}; otherwise only explains what would be erased
   * and asks them to run {@code /async forget-me confirm}, so that erasure is never one typo away.
   */
  record ForgetMe(boolean confirmed) implements AsyncCommand {
    @Override
    public Subcommand subcommand() {
      return Subcommand.FORGET_ME;
    }
  }

  /** Shows the thread-health report for {@code week}, or for the last complete week when empty. */
  record Report(Optional<IsoWeek> week) implements AsyncCommand {
    public Report {
      Objects.requireNonNull(week, "week");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.REPORT;
    }
  }

  /** Changes one channel setting, or shows them all when {@code change} is empty. */
  record Config(Optional<ChannelSetting> change) implements AsyncCommand {
    public static final Config SHOW = new Config(Optional.empty());

    public Config {
      Objects.requireNonNull(change, "change");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.CONFIG;
    }
  }

  /** Makes {@code owner} the owner of the current thread, as a moderator. */
  record Assign(MemberRef owner) implements AsyncCommand {
    public Assign {
      Objects.requireNonNull(owner, "owner");
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.ASSIGN;
    }
  }

  /** Lists the latest {@code limit} audit entries, or a default number when empty. */
  record AuditLog(OptionalInt limit) implements AsyncCommand {
    public static final int MAX_LIMIT = 100;

    public AuditLog {
      Objects.requireNonNull(limit, "limit");
      if (limit.isPresent() && (limit.getAsInt() < 1 || limit.getAsInt() > MAX_LIMIT)) {
        throw new IllegalArgumentException("audit-log limit must be 1 to " + MAX_LIMIT);
      }
    }

    @Override
    public Subcommand subcommand() {
      return Subcommand.AUDIT_LOG;
    }
  }
}
