package io.threadkeeper.core.port;

import java.util.Objects;

/**
 * What a member sees of Threadkeeper about themselves (Slack's App Home tab): the open threads they
 * own with their due times in the member's own time zone, and their settings with how to change
 * them. Platform-neutral: adapters render each part as they render any message.
 *
 * @param threads the member's own open threads
 * @param settings time zone, working hours and nudges, each saying where it comes from
 */
public record MemberOverview(MessageBody threads, MessageBody settings) {
  public MemberOverview {
    Objects.requireNonNull(threads, "threads");
    Objects.requireNonNull(settings, "settings");
  }
}
