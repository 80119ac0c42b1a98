package io.threadkeeper.core.norms;

import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;
import java.util.Objects;

/**
 * The norms a channel has chosen, validated; {@link #defaults()} are what a channel gets until a
 * moderator changes them.
 *
 * @param replyWindow working time a thread may wait for its first reply; PT8H is one working day of
 *     the default hours
 * @param urgent an urgent channel: no pressure nudges, and deliveries ignore working hours
 * @param quietHours the hours in which the channel's messages may be delivered to members who set
 *     none of their own, or {@code null} to use the workspace's
 * @param dueSoonFraction the share of the reply window after which the owner gets a heads-up
 * @param staleAfterWorkingDays quiet working days before the owner is warned
 * @param archiveAfterWorkingDays further quiet working days before the thread is marked stale
 * @param archiveDryRun whether archiving a stale thread is only reported
 */
public record ChannelPolicy(
    Duration replyWindow,
    boolean urgent,
    int summaryReplyThreshold,
    int summaryParticipantThreshold,
    Duration summaryAge,
    WorkingHours quietHours,
    boolean nudgesEnabled,
    boolean shadowMode,
    double dueSoonFraction,
    int staleAfterWorkingDays,
    int archiveAfterWorkingDays,
    boolean archiveDryRun,
    int nudgesPerPersonPerChannelPerDay,
    int remindersPerPersonPerWeek) {

  private static final ChannelPolicy DEFAULTS = builder().build();

  public ChannelPolicy {
    requirePositive(replyWindow, "replyWindow");
    requirePositive(summaryAge, "summaryAge");
    requireAtLeastOne(summaryReplyThreshold, "summaryReplyThreshold");
    requireAtLeastOne(summaryParticipantThreshold, "summaryParticipantThreshold");
    requireAtLeastOne(staleAfterWorkingDays, "staleAfterWorkingDays");
    requireAtLeastOne(archiveAfterWorkingDays, "archiveAfterWorkingDays");
    requireAtLeastZero(nudgesPerPersonPerChannelPerDay, "nudgesPerPersonPerChannelPerDay");
    requireAtLeastZero(remindersPerPersonPerWeek, "remindersPerPersonPerWeek");
    if (!(dueSoonFraction > 0.0 && dueSoonFraction < 1.0)) {
      throw new IllegalArgumentException(
          "dueSoonFraction must lie strictly between 0 and 1, got " + dueSoonFraction);
    }
  }

  /** A working day to reply, summaries at 20 replies / 6 people / 3 days, nudges on, no shadow. */
  public static ChannelPolicy defaults() {
    return DEFAULTS;
  }

  public static ChannelPolicyBuilder builder() {
    return new ChannelPolicyBuilder();
  }

  /** A builder that starts from this policy. */
  public ChannelPolicyBuilder toBuilder() {
    return new ChannelPolicyBuilder(this);
  }

  /** The line explanations quote: what this channel expects. */
  public String describe() {
    return (urgent ? "urgent channel" : "async channel")
        + "; reply window "
        + describe(replyWindow)
        + " of working time"
        + (shadowMode ? "; shadow mode" : "");
  }

  static String describe(Duration duration) {
    return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }

  private static void requirePositive(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + value);
    }
  }

  private static void requireAtLeastOne(int value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1, got " + value);
    }
  }

  private static void requireAtLeastZero(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + value);
    }
  }
}
