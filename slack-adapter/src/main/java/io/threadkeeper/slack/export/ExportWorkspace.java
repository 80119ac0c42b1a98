package io.threadkeeper.slack.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.port.ExportFormatException;
import io.threadkeeper.core.port.ExportTally;
import io.threadkeeper.slack.message.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the workspace an export belongs to: its Slack team id, from {@code users.json} or from the
 * first messages that carry one, else a stable name made from the export's file or folder name.
 * Stateless.
 */
final class ExportWorkspace {
  // Team ids sit on nearly every human message, so a few files settle it or nothing will.
  private static final int DAY_FILES_TO_SEARCH = 10;
  private static final int MAX_NAME_LENGTH = 120;

  private ExportWorkspace() {}

  static WorkspaceRef resolve(
      ExportFiles files,
      ExportLayout layout,
      List<String> channelDayFiles,
      ObjectMapper mapper,
      ExportTally tally)
      throws ExportFormatException, IOException {
    Optional<String> users = layout.topFile(ExportLayout.USERS);
    if (users.isPresent()) {
      Optional<String> team = firstText(files, mapper, users.get(), "users", "team_id");
      if (team.isPresent()) {
        return named(team.get(), "team_id in " + users.get(), tally);
      }
    }
    for (String dayFile : channelDayFiles.stream().limit(DAY_FILES_TO_SEARCH).toList()) {
      Optional<String> team = firstText(files, mapper, dayFile, "messages", "team");
      if (team.isPresent()) {
        return named(team.get(), "team in the messages of " + dayFile, tally);
      }
    }
    String name = "export-" + slug(files.name());
    tally.notice(
        "no team id in users.json or messages: workspace named slack:"
            + name
            + " after the export; importing the same export again reuses it");
    return new WorkspaceRef(Platform.SLACK, name);
  }

  private static WorkspaceRef named(String teamId, String source, ExportTally tally) {
    WorkspaceRef workspace = new WorkspaceRef(Platform.SLACK, teamId);
    tally.notice("workspace " + workspace.key() + " (" + source + ")");
    return workspace;
  }

  private static Optional<String> firstText(
      ExportFiles files, ObjectMapper mapper, String path, String contents, String field)
      throws ExportFormatException, IOException {
    try (InputStream in = files.open(path);
        JsonArrayReader reader = JsonArrayReader.open(mapper, in, path, contents)) {
      for (Optional<ObjectNode> next = reader.next(); next.isPresent(); next = reader.next()) {
        Optional<String> value = JsonFields.text(next.get(), field);
        if (value.isPresent()) {
          return value;
        }
      }
      return Optional.empty();
    }
  }

  private static String slug(String name) {
    String slug =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      return "unnamed";
    }
    return slug.length() > MAX_NAME_LENGTH ? slug.substring(0, MAX_NAME_LENGTH) : slug;
  }
}
