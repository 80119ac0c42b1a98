package io.threadkeeper.slack.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.event.EventKey;
import io.threadkeeper.core.event.MemberProfileChanged;
import io.threadkeeper.core.model.MemberId;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportTally;
import io.threadkeeper.slack.message.JsonFields;
import io.threadkeeper.slack.message.SlackMessageFields;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code users.json}: one profile event per user, and the ids of the users that are bots or
 * apps, which message authorship needs. A missing {@code users.json} is noticed, not fatal:
 * messages still name their authors by id. Stateless.
 */
final class MemberDirectory {
  private MemberDirectory() {}

  /** Emits every user's profile and returns the ids of bot and app users. */
  static Set<String> read(
      ExportFiles files,
      ExportLayout layout,
      ObjectMapper mapper,
      WorkspaceRef workspace,
      ExportTally tally)
      throws ExportFormatException, IOException {
    Optional<String> path = layout.topFile(ExportLayout.USERS);
    if (path.isEmpty()) {
      tally.notice(
          "no "
              + ExportLayout.USERS
              + ": no member profiles (time zones, bots, deactivated"
              + " accounts); authors are known by id only");
      return Set.of();
    }
    Set<String> bots = new HashSet<>();
    try (InputStream in = files.open(path.get());
        JsonArrayReader reader = JsonArrayReader.open(mapper, in, path.get(), "users")) {
      for (Optional<ObjectNode> next = reader.next(); next.isPresent(); next = reader.next()) {
        MemberProfileChanged profile = profile(next.get(), workspace, reader);
        if (profile.bot()) {
          bots.add(profile.member().value());
        }
        tally.accept(profile);
      }
    }
    tally.filesDone(1);
    return bots;
  }

  private static MemberProfileChanged profile(
      ObjectNode user, WorkspaceRef workspace, JsonArrayReader reader)
      throws ExportFormatException {
    String id =
        JsonFields.text(user, "id")
            .orElseThrow(() -> reader.problemInObject("a user without an \"id\""));
    Optional<Instant> updated = JsonFields.epochSeconds(user, "updated");
    // A later export with a changed profile is a new fact; the same export read again is not.
    EventKey key =
        EventKey.derived(
            "member_profile_changed", id, updated.map(at -> "" + at.getEpochSecond()).orElse("0"));
    // Without "updated" the profile is treated as the oldest news, so live events win over it.
    return new MemberProfileChanged(
        workspace,
        key,
        updated.orElse(Instant.EPOCH),
        new MemberId(id),
        JsonFields.text(user, "tz").orElse(null),
        SlackMessageFields.isBotUser(user),
        JsonFields.flag(user, "deleted"));
  }
}
