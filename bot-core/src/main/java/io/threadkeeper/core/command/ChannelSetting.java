package io.threadkeeper.core.command;

import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A change to one channel norm, made by a moderator with {@code /async config}. */
public sealed interface ChannelSetting {

  /** Which setting this changes. */
  ConfigKey key();

  /** The reply window in working time: a thread with no reply after it is overdue. */
  record ReplyWindow(Duration workingTime) implements ChannelSetting {
    public static final Duration SHORTEST = Duration.ofMinutes(30);
    public static final Duration LONGEST = Duration.ofHours(20 * 8);

    public ReplyWindow {
      Bounds.require(workingTime, SHORTEST, LONGEST, "reply window");
    }

    @Override
    public ConfigKey key() {
      return ConfigKey.REPLY_WINDOW;
    }
  }

  /** Whether the channel is meant for urgent work, which exempts it from pressure nudges. */
  record Urgent(boolean on) implements ChannelSetting {
    @Override
    public ConfigKey key() {
      return ConfigKey.URGENT;
    }
  }

  /** The number of replies after which the owner is asked for a summary. */
  record SummaryReplies(int replies) implements ChannelSetting {
    public static final int FEWEST = 2;
    public static final int MOST = 1000;

    public SummaryReplies {
      Bounds.require(replies, FEWEST, MOST, "summary-replies");
    }

    @Override
    public ConfigKey key() {
      return ConfigKey.SUMMARY_REPLIES;
    }
  }

  /** The number of participants after which the owner is asked for a summary. */
  record SummaryParticipants(int participants) implements ChannelSetting {
    public static final int FEWEST = 2;
    public static final int MOST = 100;

    public SummaryParticipants {
      Bounds.require(participants, FEWEST, MOST, "summary-participants");
    }

    @Override
    public ConfigKey key() {
      return ConfigKey.SUMMARY_PARTICIPANTS;
    }
  }

  /** The calendar time of activity after which the owner is asked for a summary. */
  record SummaryAge(Duration age) implements ChannelSetting {
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(90);

    public SummaryAge {
      Bounds.require(age, SHORTEST, LONGEST, "summary age");
    }

    @Override
    public ConfigKey key() {
      return ConfigKey.SUMMARY_AGE;
    }
  }

  /** The channel's hours for reminders and prompts; empty (off) uses each member's own. */
  record QuietHours(Optional<WorkingHours> hours) implements ChannelSetting {
    public static final QuietHours OFF = new QuietHours(Optional.empty());

    public QuietHours {
      Objects.requireNonNull(hours, "hours");
    }

    @Override
    public ConfigKey key() {
      return ConfigKey.QUIET_HOURS;
    }
  }

  /** Whether pressure nudges are sent in the channel. */
  record Nudges(boolean on) implements ChannelSetting {
    @Override
    public ConfigKey key() {
      return ConfigKey.NUDGES;
    }
  }

  /** Whether the channel runs in shadow mode: rules are logged but nobody is messaged. */
  record Shadow(boolean on) implements ChannelSetting {
    @Override
    public ConfigKey key() {
      return ConfigKey.SHADOW;
    }
  }
}
