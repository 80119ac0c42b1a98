package io.threadkeeper.core.store;

import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.MemberOverview;
import io.threadkeeper.core.port.MemberOverviews;
import io.threadkeeper.core.port.MessageBody;
import java.time.ZoneId;
import java.util.List;
import java.util.StringJoiner;
import org.jdbi.v3.core.Jdbi;

/**
 * A member's overview read from PostgreSQL in one transaction, without writing: the threads they
 * own (as {@code /async mine} lists them) and their settings.
 *
 * <p>Thread-safe.
 */
public final class PostgresMemberOverviews implements MemberOverviews {
  private static final String DEFAULT_ZONE = "UTC";
  private static final String DEFAULT_HOURS = "Mon-Fri 09:00-17:00";
  static final String HOW_TO_CHANGE =
      "Change them with `/async timezone <zone>` (or `auto`) and `/async hours \"Mon-Fri"
          + " 09:00-17:00\"`; pause a thread's reminders with `/async snooze 2d <reason>` in it.";

  private final Jdbi jdbi;

  public PostgresMemberOverviews(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public MemberOverview of(WorkspaceRef workspace, MemberId member) {
    return jdbi.inTransaction(
        handle -> {
          CommandStore store = handle.attach(CommandStore.class);
          CommandStore.MemberSettings settings =
              store
                  .memberSettings(
                      workspace.platform().key(), workspace.externalId(), member.value())
                  .orElse(CommandStore.MemberSettings.DEFAULTS);
          ZoneId zone = ZoneId.of(settings.zone() == null ? DEFAULT_ZONE : settings.zone());
          List<CommandStore.OwnedThread> threads =
              settings.memberId() == null
                  ? List.of()
                  : store.ownedOpenThreads(
                      settings.workspaceId(), settings.memberId(), MemberCommands.MINE_LIMIT);
          return new MemberOverview(threads(threads, zone), settings(settings, zone));
        });
  }

  private static MessageBody threads(List<CommandStore.OwnedThread> threads, ZoneId zone) {
    if (threads.isEmpty()) {
      return new MessageBody("Your open threads", "You own no open threads.", null, null);
    }
    StringJoiner text = new StringJoiner("\n");
    text.add("Times in " + zone.getId() + ".");
    threads.forEach(thread -> text.add(MemberCommands.line(thread, zone)));
    return new MessageBody("Your open threads", text.toString(), null, null);
  }

  private static MessageBody settings(CommandStore.MemberSettings settings, ZoneId zone) {
    String zoneSource =
        settings.zoneChosen()
            ? "you chose it"
            : settings.ownZone() ? "from your profile" : "the workspace's";
    String hours = settings.hours() == null ? DEFAULT_HOURS : settings.hours();
    return new MessageBody(
        "Your settings",
        HOW_TO_CHANGE,
        null,
        List.of(
            new MessageBody.Field("Time zone", zone.getId() + " (" + zoneSource + ")"),
            new MessageBody.Field(
                "Working hours", hours + (settings.ownHours() ? "" : " (the workspace's)")),
            new MessageBody.Field(
                "Nudges",
                settings.optedOut()
                    ? "off: you asked Threadkeeper to forget you"
                    : "on: at most one a day per channel, never in urgent channels")));
  }
}
