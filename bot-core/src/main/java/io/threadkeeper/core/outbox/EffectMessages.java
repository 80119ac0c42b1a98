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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Words the bot uses for each effect: friendly, short, and always with the reason. */
public final class EffectMessages {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm (VV)", Locale.ENGLISH);
  private static final MessageDraft.Button WHY = new MessageDraft.Button("why", "Why?", "");

  private EffectMessages() {}

  /** The stable kind of an effect, as stored in the outbox. */
  public static String kind(Effect effect) {
    String name = effect.getClass().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  /** The message for {@code effect}, with times written in {@code zone} (the recipient's). */
  public static MessageDraft draft(Effect effect, ZoneId zone) {
    String why = effect.envelope().explanation().sentence();
    if (effect instanceof PressureNudge nudge) {
      return new MessageDraft(
          "A gentle note about this channel's async norms",
          why + "\nAn async way to say it: " + nudge.rewording(),
          List.of(WHY, new MessageDraft.Button("nudge.snooze", "Snooze nudges", "")));
    }
    if (effect instanceof DueSoonWarning warning) {
      return new MessageDraft(
          "Heads-up: a thread you own is due " + at(warning.dueAt(), zone),
          why,
          List.of(WHY, new MessageDraft.Button("thread.snooze", "Snooze", "")));
    }
    if (effect instanceof Reminder reminder) {
      return new MessageDraft(
          "A thread you own is waiting for a reply (due " + at(reminder.dueAt(), zone) + ")",
          why,
          List.of(WHY, new MessageDraft.Button("thread.snooze", "Snooze", "")));
    }
    if (effect instanceof Escalation escalation) {
      return new MessageDraft(
          "Overdue since "
              + at(escalation.dueAt(), zone)
              + ": a thread owned by <@"
              + escalation.owner().value()
              + ">",
          why,
          List.of(WHY));
    }
    return laterEffects(effect, zone, why);
  }

  private static MessageDraft laterEffects(Effect effect, ZoneId zone, String why) {
    if (effect instanceof SummaryPrompt prompt) {
      String skeleton = prompt.skeleton().isBlank() ? "" : "\n\n" + prompt.skeleton();
      return new MessageDraft(
          "Could you post a summary? Decision, next steps, owner, due date.",
          why + skeleton,
          List.of(new MessageDraft.Button("summary.post", "Post summary", ""), WHY));
    }
    if (effect instanceof StaleWarning stale) {
      return new MessageDraft(
          "No activity since " + at(stale.lastActivityAt(), zone),
          why + "\nIt will be set aside on " + at(stale.setAsideAt(), zone) + ".",
          List.of(WHY, new MessageDraft.Button("thread.resolve", "Resolve", "")));
    }
    if (effect instanceof ResolutionNotice notice) {
      return new MessageDraft(
          "This thread was set aside as stale"
              + (notice.archiveDryRun() ? " (archiving is a dry run)" : ""),
          why,
          List.of(WHY));
    }
    DigestEntry digest = (DigestEntry) effect;
    MessageDraft folded = draft(digest.folded(), zone);
    return new MessageDraft("In your digest: " + folded.title(), folded.text(), List.of(WHY));
  }

  static String at(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }
}
