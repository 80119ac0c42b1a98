package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.model.AuthorKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Norm 5: a message that presses for an immediate answer outside an urgent channel gets its human
 * author a private nudge, at most the channel's limit per person per day of the author's own
 * calendar. Bots and the bot itself are never nudged. Thread-safe if its detector is.
 */
public final class PressureNudgeRule {
  private final PressureDetector detector;

  public PressureNudgeRule(PressureDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** A nudge to send and the author's tally once it is counted. */
  public record Nudge(PressureNudge effect, NudgeTally tally) {}

  public Optional<Nudge> check(MessagePosted message, ChannelContext channel, NudgeTally tally) {
    ChannelPolicy policy = channel.policy();
    if (policy.urgent()
        || !policy.nudgesEnabled()
        || message.authorKind() != AuthorKind.HUMAN
        || message.author() == null) {
      return Optional.empty();
    }
    LocalDate day =
        message.occurredAt().atZone(channel.schedules().zoneOf(message.author())).toLocalDate();
    int already = tally == null ? 0 : tally.countOn(day);
    if (already >= policy.nudgesPerPersonPerChannelPerDay()) {
      return Optional.empty();
    }
    return detector
        .find(message.workspace().platform(), message.text(), false, false)
        .map(finding -> nudge(message, channel, finding, NudgeTally.next(tally, day)));
  }

  private static Nudge nudge(
      MessagePosted message, ChannelContext channel, PressureFinding finding, NudgeTally tally) {
    ChannelPolicy policy = channel.policy();
    Explanation why =
        new Explanation(
            finding.ruleId(),
            finding.matched(),
            policy.describe(),
            "\""
                + finding.matched()
                + "\" asks for an immediate answer, but this channel works async: replies are"
                + " expected within "
                + ChannelPolicy.describe(policy.replyWindow())
                + " of working time. "
                + finding.explanation());
    // The author has just posted, so they are around: the nudge answers them at once.
    Envelope envelope =
        channel.envelopeNow(
            message.rootOrSelf(), Recipient.member(message.author()), message.occurredAt(), why);
    return new Nudge(new PressureNudge(envelope, message.message(), finding.rewording()), tally);
  }
}
