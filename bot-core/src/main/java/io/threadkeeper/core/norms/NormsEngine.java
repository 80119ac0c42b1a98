package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.MessagePosted;
import io.threadkeeper.core.tracker.ThreadState;
import java.time.Instant;
import java.util.Objects;

/**
 * The async norms as one pure function of (event or tick, stored state, channel policy) → new state
 * and effects. It reads no clock and does no I/O: time comes in with the event or the tick, and the
 * caller persists the {@link Decision} and its effects in one transaction. Thread-safe if its
 * {@link PressureDetector} is.
 */
public final class NormsEngine {
  private final PressureNudgeRule pressure;
  private final ThreadFollower follower = new ThreadFollower();
  private final CommandNorms commands = new CommandNorms();
  private final TickNorms ticks = new TickNorms();

  public NormsEngine(PressureDetector detector) {
    this.pressure = new PressureNudgeRule(Objects.requireNonNull(detector, "detector"));
  }

  /**
   * Applies the norms to an event the tracker has already applied: a pressure nudge for a message,
   * a plan for a new or handed-over thread, summary prompts, snoozes and explicit due dates.
   */
  public Decision onEvent(ChatEvent event, NormsContext context) {
    DecisionDraft draft = new DecisionDraft(context.norms());
    if (event instanceof MessagePosted message) {
      pressure
          .check(message, context.channel(), context.authorNudges())
          .ifPresent(
              nudge -> {
                draft.add(nudge.effect());
                draft.authorNudges(nudge.tally());
              });
    }
    if (context.thread() != null) {
      follower.follow(event.occurredAt(), context, draft);
      commands.apply(event, context, draft);
      nextCheck(context.thread(), context.channel(), draft);
    }
    return draft.decide();
  }

  /**
   * Applies the time-driven norms to one thread at {@code now}: the reminder ladder (heads-up,
   * reminder, one escalation) within the owner's weekly budget, and the stale rule.
   */
  public Decision onTick(Instant now, ThreadContext context) {
    Objects.requireNonNull(now, "now");
    DecisionDraft draft = new DecisionDraft(context.norms());
    if (context.norms() == null) {
      // A thread the norms never saw (tracked before they were switched on) is planned first.
      NormsContext catchUp = new NormsContext(context.channel(), context.thread(), null, null);
      follower.follow(now, catchUp, draft);
    }
    ticks.tick(now, context, draft);
    nextCheck(context.thread(), context.channel(), draft);
    return draft.decide();
  }

  private void nextCheck(ThreadState thread, ChannelContext channel, DecisionDraft draft) {
    ticks.nextCheckAt(thread, draft.norms(), channel).ifPresent(draft::nextCheckAt);
  }
}
