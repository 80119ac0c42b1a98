package io.threadkeeper.core.norms;

import io.threadkeeper.core.time.WorkingHours;
import java.time.Duration;

/**
 * Builds a {@link ChannelPolicy} from the defaults; {@link #build()} validates. Not thread-safe.
 */
public final class ChannelPolicyBuilder {
  private Duration replyWindow = Duration.ofHours(8);
  private boolean urgent;
  private int summaryReplyThreshold = 20;
  private int summaryParticipantThreshold = 6;
  private Duration summaryAge = Duration.ofDays(3);
  private WorkingHours quietHours;
  private boolean nudgesEnabled = true;
  private boolean shadowMode;
  private double dueSoonFraction = 0.75;
  private int staleAfterWorkingDays = 5;
  private int archiveAfterWorkingDays = 5;
  private boolean archiveDryRun = true;
  private int nudgesPerPersonPerChannelPerDay = 1;
  private int remindersPerPersonPerWeek = 5;

  ChannelPolicyBuilder() {}

  ChannelPolicyBuilder(ChannelPolicy p) {
    replyWindow = p.replyWindow();
    urgent = p.urgent();
    summaryReplyThreshold = p.summaryReplyThreshold();
    summaryParticipantThreshold = p.summaryParticipantThreshold();
    summaryAge = p.summaryAge();
    quietHours = p.quietHours();
    nudgesEnabled = p.nudgesEnabled();
    shadowMode = p.shadowMode();
    dueSoonFraction = p.dueSoonFraction();
    staleAfterWorkingDays = p.staleAfterWorkingDays();
    archiveAfterWorkingDays = p.archiveAfterWorkingDays();
    archiveDryRun = p.archiveDryRun();
    nudgesPerPersonPerChannelPerDay = p.nudgesPerPersonPerChannelPerDay();
    remindersPerPersonPerWeek = p.remindersPerPersonPerWeek();
  }

  public ChannelPolicyBuilder replyWindow(Duration value) {
    replyWindow = value;
    return this;
  }

  public ChannelPolicyBuilder urgent(boolean value) {
    urgent = value;
    return this;
  }

  public ChannelPolicyBuilder summaryThresholds(int replies, int participants, Duration age) {
    summaryReplyThreshold = replies;
    summaryParticipantThreshold = participants;
    summaryAge = age;
    return this;
  }

  public ChannelPolicyBuilder quietHours(WorkingHours value) {
    quietHours = value;
    return this;
  }

  public ChannelPolicyBuilder nudgesEnabled(boolean value) {
    nudgesEnabled = value;
    return this;
  }

  public ChannelPolicyBuilder shadowMode(boolean value) {
    shadowMode = value;
    return this;
  }

  public ChannelPolicyBuilder dueSoonFraction(double value) {
    dueSoonFraction = value;
    return this;
  }

  public ChannelPolicyBuilder stale(int afterWorkingDays, int archiveAfter, boolean dryRun) {
    staleAfterWorkingDays = afterWorkingDays;
    archiveAfterWorkingDays = archiveAfter;
    archiveDryRun = dryRun;
    return this;
  }

  public ChannelPolicyBuilder nudgesPerPersonPerChannelPerDay(int value) {
    nudgesPerPersonPerChannelPerDay = value;
    return this;
  }

  public ChannelPolicyBuilder remindersPerPersonPerWeek(int value) {
    remindersPerPersonPerWeek = value;
    return this;
  }

  public ChannelPolicy build() {
    return new ChannelPolicy(
        replyWindow,
        urgent,
        summaryReplyThreshold,
        summaryParticipantThreshold,
        summaryAge,
        quietHours,
        nudgesEnabled,
        shadowMode,
        dueSoonFraction,
        staleAfterWorkingDays,
        archiveAfterWorkingDays,
        archiveDryRun,
        nudgesPerPersonPerChannelPerDay,
        remindersPerPersonPerWeek);
  }
}
