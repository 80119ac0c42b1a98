package io.threadkeeper.core.norms;

import io.threadkeeper.core.event.ChatEvent;
import io.threadkeeper.core.event.CommandInvoked;
import io.threadkeeper.core.event.InteractionReceived;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.time.WorkingCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Applies the commands that change a thread's ladder: {@code /async snooze}, {@code /async due} and
 * the due date of an {@code /async ask} form.
 */
final class CommandNorms {
  static final String ASK_SUBMIT = "ask.submit";
  static final String ASK_DUE_FIELD = "due";

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
      Instant until =
          snooze.length() != null
              ? at.plus(snooze.length())
              : snooze.until().atStartOfDay(zone).toInstant();
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

  private static Optional<Instant> dueAt(
      NormsCommand.DueBy due, WorkingCalendar askerCalendar, ZoneId zone) {
    if (due.time() != null) {
      return Optional.of(due.time().atZone(zone).toInstant());
    }
    return Optional.of(ReplyWindowRule.endOfWorkingDay(due.date(), askerCalendar));
  }
}
