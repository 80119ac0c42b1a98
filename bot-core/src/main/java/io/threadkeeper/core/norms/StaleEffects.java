package io.threadkeeper.core.norms;

import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.time.ZoneId;

/** The effects of the stale rule, with their explanations. */
final class StaleEffects {
  private StaleEffects() {}

  static StaleWarning warning(
      Instant now, ThreadState thread, ChannelContext channel, StaleRule.Timing timing) {
    ZoneId zone = channel.schedules().zoneOf(thread.owner());
    ChannelPolicy policy = channel.policy();
    Explanation why =
        new Explanation(
            StaleRule.WARNING_ID,
            "quiet since " + Wording.at(thread.lastActivityAt(), zone),
            stalePolicy(policy),
            "Your thread has been quiet for "
                + policy.staleAfterWorkingDays()
                + " working days; resolve it, or it will be set aside "
                + Wording.at(timing.setAsideAt(), zone)
                + ".");
    Envelope envelope = channel.envelope(thread.root(), Recipient.member(thread.owner()), now, why);
    return new StaleWarning(envelope, thread.lastActivityAt(), timing.setAsideAt());
  }

  static ResolutionNotice setAside(Instant now, ThreadState thread, ChannelContext channel) {
    ZoneId zone = channel.schedules().zoneOf(thread.owner());
    ChannelPolicy policy = channel.policy();
    int quietDays = policy.staleAfterWorkingDays() + policy.archiveAfterWorkingDays();
    Explanation why =
        new Explanation(
            StaleRule.SET_ASIDE_ID,
            "quiet since " + Wording.at(thread.lastActivityAt(), zone),
            stalePolicy(policy),
            "This thread has been quiet for "
                + quietDays
                + " working days after a warning, so it is marked stale"
                + (policy.archiveDryRun() ? " (it would be archived; archiving is off)." : "."));
    Envelope envelope = channel.envelope(thread.root(), Recipient.member(thread.owner()), now, why);
    return new ResolutionNotice(envelope, policy.archiveDryRun());
  }

  private static String stalePolicy(ChannelPolicy policy) {
    return "warn after "
        + policy.staleAfterWorkingDays()
        + " quiet working days, mark stale "
        + policy.archiveAfterWorkingDays()
        + " later"
        + (policy.archiveDryRun() ? "; archiving is a dry run" : "");
  }
}
