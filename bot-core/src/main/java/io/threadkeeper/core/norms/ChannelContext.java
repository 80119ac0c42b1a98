package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.MessageKey;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Instant;
import java.util.Objects;

/**
 * The channel a decision is made in: its policy, whose calendars apply, and whether the workspace
 * runs in shadow mode. It also addresses effects, so every rule times deliveries the same way.
 */
public record ChannelContext(
    WorkspaceRef workspace,
    ChannelId channel,
    ChannelPolicy policy,
    Schedules schedules,
    boolean workspaceShadow) {

  public ChannelContext {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(schedules, "schedules");
  }

  /** Whether effects are only recorded as would-have-sent. */
  public boolean shadow() {
    return workspaceShadow || policy.shadowMode();
  }

  /** The calendar of {@code member}; {@code null} for the channel's moderators. */
  public WorkingCalendar calendarOf(MemberId member) {
    return schedules.calendarFor(member, policy);
  }

  /**
   * An envelope delivered at the first instant from {@code earliest} inside the recipient's working
   * hours, or at {@code earliest} itself in an urgent channel.
   */
  public Envelope envelope(
      MessageKey root, Recipient recipient, Instant earliest, Explanation explanation) {
    Instant deliverAt =
        policy.urgent() ? earliest : calendarOf(memberOf(recipient)).nextWorkingInstant(earliest);
    return new Envelope(workspace, channel, root, recipient, deliverAt, explanation, shadow());
  }

  /**
   * An envelope delivered at {@code at}, whatever the hours: an answer to what someone just did.
   */
  public Envelope envelopeNow(
      MessageKey root, Recipient recipient, Instant at, Explanation explanation) {
    return new Envelope(workspace, channel, root, recipient, at, explanation, shadow());
  }

  private static MemberId memberOf(Recipient recipient) {
    return recipient instanceof Recipient.Member member ? member.id() : null;
  }
}
