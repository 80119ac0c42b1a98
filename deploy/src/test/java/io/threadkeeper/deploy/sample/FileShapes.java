package io.threadkeeper.deploy.sample;

import io.threadkeeper.deploy.sample.SampleCommunity.Member;
import io.threadkeeper.deploy.sample.SampleCommunity.Team;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * File objects as Slack exports them, with every private URL a real upload carries. The URLs point
 * nowhere; they are there so that readers prove they never pass them on.
 */
final class FileShapes {
  private static final Map<String, String[]> TYPES =
      Map.of(
          "pdf", new String[] {"application/pdf", "PDF"},
          "png", new String[] {"image/png", "PNG"},
          "jpg", new String[] {"image/jpeg", "JPEG"},
          "docx",
              new String[] {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Word Document"
              });

  private final Team team;
  private int count;

  FileShapes(Team team) {
    this.team = team;
  }

  Map<String, Object> file(String name, Member author, Instant at) {
    count++;
    String id = String.format("F07NWF%04d", count);
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String[] type =
        TYPES.getOrDefault(extension, new String[] {"application/octet-stream", "Binary"});
    String privateUrl = "https://files.slack.com/files-pri/" + team.id() + "-" + id + "/" + name;
    Map<String, Object> file =
        PrettyJson.object(
            "id",
            id,
            "created",
            at.getEpochSecond(),
            "timestamp",
            at.getEpochSecond(),
            "name",
            name,
            "title",
            name,
            "mimetype",
            type[0],
            "filetype",
            extension,
            "pretty_type",
            type[1],
            "user",
            author.id(),
            "user_team",
            team.id(),
            "editable",
            false,
            "size",
            40_000 + Math.floorMod(name.hashCode(), 900_000),
            "mode",
            "hosted",
            "is_external",
            false,
            "external_type",
            "",
            "is_public",
            true,
            "public_url_shared",
            false,
            "display_as_bot",
            false,
            "username",
            "",
            "url_private",
            privateUrl,
            "url_private_download",
            "https://files.slack.com/files-pri/" + team.id() + "-" + id + "/download/" + name,
            "permalink",
            "https://" + team.domain() + ".slack.com/files/" + author.id() + "/" + id + "/" + name,
            "permalink_public",
            "https://slack-files.com/"
                + team.id()
                + "-"
                + id
                + "-"
                + Integer.toHexString(name.hashCode()),
            "is_starred",
            false,
            "has_rich_preview",
            false,
            "file_access",
            "visible");
    if (type[0].startsWith("image/")) {
      file.put("thumb_360", privateUrl.replace("/" + name, "/" + name + "_360." + extension));
      file.put("original_w", 1600);
      file.put("original_h", 1200);
    }
    return file;
  }
}
