package io.threadkeeper.core.store;

import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.time.WorkingHours;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The commands about the invoker themselves: {@code timezone}, {@code hours}, {@code mine} and
 * {@code why}. Stateless and thread-safe.
 */
final class MemberCommands {
  static final int MINE_LIMIT = 20;
  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm xxx", Locale.ENGLISH);

  String timeZone(Invocation call, AsyncCommand.TimeZone command) {
    long memberId = call.memberId();
    if (command.zone().isEmpty()) {
      call.commands().setZone(memberId, null, false);
      return "Your time zone now follows your profile again.";
    }
    ZoneId zone = command.zone().get();
    call.commands().setZone(memberId, zone.getId(), true);
    return "Your time zone is now " + zone.getId() + "; reminders follow it.";
  }

  String hours(Invocation call, WorkingHours hours) {
    call.commands().setHours(call.memberId(), hours.toString());
    return "Your working hours are now " + hours + "; reminders wait for them.";
  }

  String mine(Invocation call) {
    long memberId = call.memberId();
    ZoneId zone = ZoneId.of(call.commands().zoneOf(call.workspaceId(), memberId));
    List<CommandStore.OwnedThread> threads =
        call.commands().ownedOpenThreads(call.workspaceId(), memberId, MINE_LIMIT);
    if (threads.isEmpty()) {
      return "You own no open threads.";
    }
    StringJoiner text = new StringJoiner("\n");
    text.add("Open threads you own (times in " + zone.getId() + "):");
    threads.forEach(t -> text.add(line(t, zone)));
    return text.toString();
  }

  String why(Invocation call) {
    return call.commands()
        .lastExplanation(call.workspaceId(), call.member().value())
        .map(
            sentence ->
                "Why you got the last nudge or reminder: " + ThreadCommands.defang(sentence))
        .orElse("Threadkeeper has not nudged or reminded you, so there is nothing to explain.");
  }

  static String line(CommandStore.OwnedThread thread, ZoneId zone) {
    return "- <#"
        + thread.channel()
        + "> thread "
        + thread.rootKey()
        + " — "
        + due(thread.dueAt(), zone)
        + ("overdue".equals(thread.state()) ? " (overdue)" : "");
  }

  static String due(Instant dueAt, ZoneId zone) {
    return dueAt == null ? "no due time" : "due " + DUE.format(dueAt.atZone(zone));
  }
}
