package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Applies the commands that change a thread's ladder: {@code /async snooze}, the thread's snooze
 * button, and the due date of an {@code /async ask} form submitted in a thread.
 */
final class CommandNorms {
  static final String ASK_SUBMIT = "ask.submit";
  static final String ASK_DUE_FIELD = "due";
  static final String THREAD_SNOOZE = "thread.snooze";
  static final Duration ONE_WORKING_DAY = Duration.ofHours(8);
  static final String BUTTON_REASON = "snoozed for a working day with the button";

  private final ReplyWindowRule replyWindow = new ReplyWindowRule();
  private final SnoozeRule snoozeRule = new SnoozeRule();

  void apply(ChatEvent event, NormsContext context, DecisionDraft draft) {
    ThreadNorms norms = draft.norms();
    if (norms == null || norms.plan() == null) {
      return;
    }
    if (event instanceof CommandInvoked command && command.threadRoot() != null) {
      NormsCommand.parse(command.arguments())
          .ifPresent(
              parsed -> apply(parsed, command.member(), command.occurredAt(), context, draft));
    } else if (event instanceof InteractionReceived button
        && THREAD_SNOOZE.equals(button.action())) {
      snoozeOneWorkingDay(button, context, draft);
    } else if (event instanceof InteractionReceived form
        && ASK_SUBMIT.equals(form.action())
        && form.values().containsKey(ASK_DUE_FIELD)) {
      NormsCommand.dueBy(form.values().get(ASK_DUE_FIELD).strip())
          .ifPresent(parsed -> apply(parsed, form.member(), form.occurredAt(), context, draft));
    }
  }

  private void apply(
      NormsCommand command, MemberId by, Instant at, NormsContext context, DecisionDraft draft) {
    ChannelContext channel = context.channel();
    ZoneId zone = channel.schedules().zoneOf(by);
    ReplyPlan plan = draft.norms().plan();
    WorkingCalendar ownerCalendar = channel.calendarOf(plan.owner());
    if (command instanceof NormsCommand.SnoozeFor snooze) {
      Instant until = at.plus(snooze.length());
      if (until.isAfter(at)) {
        Snooze entry = new Snooze(by, at, until, snooze.reason());
        draft.norms(snoozeRule.snooze(draft.norms(), entry, channel.policy(), ownerCalendar));
      }
    } else if (command instanceof NormsCommand.DueBy due) {
      dueAt(due, channel.calendarOf(by), zone)
          .filter(dueAt -> dueAt.isAfter(at))
          .map(
              dueAt ->
                  replyWindow.planExplicit(
                      plan.owner(), at, dueAt, zone, channel.policy(), ownerCalendar))
          .ifPresent(planned -> draft.norms(draft.norms().withPlan(planned.plan())));
    }
  }

  /** The button snoozes by one working day of the owner's calendar, not 24 hours. */
  private void snoozeOneWorkingDay(
      InteractionReceived button, NormsContext context, DecisionDraft draft) {
    ChannelContext channel = context.channel();
    WorkingCalendar ownerCalendar = channel.calendarOf(draft.norms().plan().owner());
    Instant at = button.occurredAt();
    Instant until = ownerCalendar.due(at, ONE_WORKING_DAY);
    Snooze entry = new Snooze(button.member(), at, until, BUTTON_REASON);
    draft.norms(snoozeRule.snooze(draft.norms(), entry, channel.policy(), ownerCalendar));
  }

  private static Optional<Instant> dueAt(
      NormsCommand.DueBy due, WorkingCalendar askerCalendar, ZoneId zone) {
    if (due.time() != null) {
      return Optional.of(due.time().atZone(zone).toInstant());
    }
    return Optional.of(ReplyWindowRule.endOfWorkingDay(due.date(), askerCalendar));
  }
}
