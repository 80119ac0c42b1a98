package io.threadkeeper.core.norms.text;

import java.util.Optional;

/**
 * The kinds of "jump in now" pressure the norms engine nudges about, each with a stable id, a
 * one-line explanation and a suggested async rewording. Declared in the order the classifier tries
 * them, most specific first.
 */
public enum PressureRule {
  BROADCAST_MENTION(
      "broadcast-mention",
      "@here, @channel and @everyone notify every member at once, wherever and whenever they are.",
      "Post without the broadcast, say by when you need answers, and mention only the people who"
          + " own it."),
  QUICK_CALL(
      "quick-call",
      "Asks for a live call instead of a written answer.",
      "Write the question out in the thread; if a call is still needed, propose a few times."),
  JUMP_IN_NOW(
      "jump-in-now",
      "Asks people to drop what they are doing and join in immediately.",
      "Describe what you need and by when; people will pick it up within the channel's reply"
          + " window."),
  DEADLINE_MINUTES(
      "deadline-minutes",
      "Asks for an answer within minutes.",
      "Give a deadline that leaves time to answer asynchronously, or take it to the urgent"
          + " channel."),
  ASAP(
      "asap",
      "Says \"as soon as possible\" instead of when it is actually needed.",
      "Say by when you need it and why, e.g. \"needed by Thursday noon so we can confirm the"
          + " venue\"."),
  RIGHT_NOW(
      "right-now",
      "Demands a response right now.",
      "Say what you need and the real deadline; if it cannot wait, use the urgent channel."),
  EOD_TODAY(
      "eod-today",
      "Asks for something by the end of today, sooner than the channel's reply window.",
      "Ask for it within the reply window, or explain why it has to be today."),
  URGENT_WORD(
      "urgent-word",
      "Labels the message urgent in a channel that is not meant for urgent work.",
      "State the impact and the deadline (\"the venue releases our date on Friday\"); truly"
          + " urgent things go to the urgent channel."),
  STATUS_CHASER(
      "status-chaser",
      "Chases for a status update without saying what is needed.",
      "Ask a specific question and say why, e.g. \"Is the contract signed? I need it to book"
          + " catering by Friday.\"");

  private final String id;
  private final String explanation;
  private final String suggestedRewording;

  PressureRule(String id, String explanation, String suggestedRewording) {
    this.id = id;
    this.explanation = explanation;
    this.suggestedRewording = suggestedRewording;
  }

  /** The stable kebab-case id, as stored and shown, e.g. {@code broadcast-mention}. */
  public String id() {
    return id;
  }

  /** One line telling the author why the rule exists. */
  public String explanation() {
    return explanation;
  }

  /** How the same request could be worded asynchronously. */
  public String suggestedRewording() {
    return suggestedRewording;
  }

  public static Optional<PressureRule> fromId(String id) {
    for (PressureRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
