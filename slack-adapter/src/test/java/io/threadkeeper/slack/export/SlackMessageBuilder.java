package io.threadkeeper.slack.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One message object of a day file, as Slack writes it. */
final class SlackMessageBuilder {
  static final String FILE_HOST = "https://files.slack.com/files-pri/T0TEST-";

  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<Map<String, Object>> files = new ArrayList<>();
  private final List<Map<String, Object>> reactions = new ArrayList<>();

  private SlackMessageBuilder(String ts) {
    fields.put("type", "message");
    fields.put("ts", ts);
  }

  /** A message by {@code user} at {@code ts}, e.g. {@code ts("2026-03-02T09:00:00Z", 100)}. */
  static SlackMessageBuilder message(String user, String ts) {
    SlackMessageBuilder message = new SlackMessageBuilder(ts);
    message.fields.put("user", user);
    message.fields.put("text", "message at " + ts);
    return message;
  }

  /** A Slack {@code ts} string: the instant's seconds and six digits of microseconds. */
  static String ts(String instant, int micros) {
    return Instant.parse(instant).getEpochSecond() + "." + String.format("%06d", micros);
  }

  static String ts(String instant) {
    return ts(instant, 0);
  }

  String tsValue() {
    return (String) fields.get("ts");
  }

  SlackMessageBuilder text(String text) {
    fields.put("text", text);
    return this;
  }

  SlackMessageBuilder subtype(String subtype) {
    fields.put("subtype", subtype);
    return this;
  }

  SlackMessageBuilder replyTo(String threadTs) {
    fields.put("thread_ts", threadTs);
    return this;
  }

  SlackMessageBuilder withoutUser() {
    fields.remove("user");
    return this;
  }

  SlackMessageBuilder set(String field, Object value) {
    fields.put(field, value);
    return this;
  }

  /** A file share with every URL field Slack puts on a private upload. */
  SlackMessageBuilder file(String name) {
    String id = "F" + (files.size() + 1) + tsValue().replace(".", "");
    String url = FILE_HOST + id + "/" + name;
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("id", id);
    file.put("name", name);
    file.put("url_private", url);
    file.put("url_private_download", url + "?download=1");
    file.put("permalink", "https://test.slack.com/files/U1/" + id + "/" + name);
    file.put("thumb_360", url + "_360.png");
    files.add(file);
    return this;
  }

  SlackMessageBuilder reaction(String name, String... users) {
    reactions.add(Map.of("name", name, "users", List.of(users), "count", users.length));
    return this;
  }

  Map<String, Object> build() {
    Map<String, Object> message = new LinkedHashMap<>(fields);
    if (!files.isEmpty()) {
      message.put("files", files);
    }
    if (!reactions.isEmpty()) {
      message.put("reactions", reactions);
    }
    return message;
  }
}
