package io.threadkeeper.core.outbox;

import io.threadkeeper.core.norms.DigestEntry;
import io.threadkeeper.core.norms.DueSoonWarning;
import io.threadkeeper.core.norms.Effect;
import io.threadkeeper.core.norms.Escalation;
import io.threadkeeper.core.norms.PressureNudge;
import io.threadkeeper.core.norms.Reminder;
import io.threadkeeper.core.norms.ResolutionNotice;
import io.threadkeeper.core.norms.StaleWarning;
import io.threadkeeper.core.norms.SummaryPrompt;
import io.threadkeeper.core.port.MessageBody;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Words the bot uses for each effect: friendly, short, and always with the reason. */
public final class EffectMessages {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm (VV)", Locale.ENGLISH);
  private static final MessageBody.Button WHY = new MessageBody.Button("why", "Why?", "");

  private EffectMessages() {}

  /** The stable kind of an effect, as stored in the outbox. */
  public static String kind(Effect effect) {
    String name = effect.getClass().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The message for {@code effect}, with times written in {@code zone} (the recipient's). */
  public static MessageBody draft(Effect effect, ZoneId zone) {
    String why = effect.envelope().explanation().sentence();
    if (effect instanceof PressureNudge nudge) {
      return new MessageBody(
          "A gentle note about this channel's async norms",
          why + "\nAn async way to say it: " + nudge.rewording(),
          List.of(WHY, new MessageBody.Button("nudge.snooze", "Snooze nudges", "")),
          List.of());
    }
    if (effect instanceof DueSoonWarning warning) {
      return new MessageBody(
          "Heads-up: a thread you own is due " + at(warning.dueAt(), zone),
          why,
          List.of(WHY, new MessageBody.Button("thread.snooze", "Snooze", "")),
          List.of());
    }
    if (effect instanceof Reminder reminder) {
      return new MessageBody(
          "A thread you own is waiting for a reply (due " + at(reminder.dueAt(), zone) + ")",
          why,
          List.of(WHY, new MessageBody.Button("thread.snooze", "Snooze", "")),
          List.of());
    }
    if (effect instanceof Escalation escalation) {
      return new MessageBody(
          "Overdue since "
              + at(escalation.dueAt(), zone)
              + ": a thread owned by <@"
              + escalation.owner().value()
              + ">",
          why,
          List.of(WHY),
          List.of());
    }
    return laterEffects(effect, zone, why);
  }

  private static MessageBody laterEffects(Effect effect, ZoneId zone, String why) {
    if (effect instanceof SummaryPrompt prompt) {
      String skeleton = prompt.skeleton().isBlank() ? "" : "\n\n" + prompt.skeleton();
      return new MessageBody(
          "Could you post a summary? Decision, next steps, owner, due date.",
          why + skeleton,
          List.of(new MessageBody.Button("summary.post", "Post summary", ""), WHY),
          List.of());
    }
    if (effect instanceof StaleWarning stale) {
      return new MessageBody(
          "No activity since " + at(stale.lastActivityAt(), zone),
          why + "\nIt will be set aside on " + at(stale.setAsideAt(), zone) + ".",
          List.of(WHY, new MessageBody.Button("thread.resolve", "Resolve", "")),
          List.of());
    }
    if (effect instanceof ResolutionNotice notice) {
      return new MessageBody(
          "This thread was set aside as stale"
              + (notice.archiveDryRun() ? " (archiving is a dry run)" : ""),
          why,
          List.of(WHY),
          List.of());
    }
    DigestEntry digest = (DigestEntry) effect;
    MessageBody folded = draft(digest.folded(), zone);
    return new MessageBody(
        "In your digest: " + folded.title(), folded.text(), List.of(WHY), List.of());
  }

  static String at(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }
}
