package io.threadkeeper.deploy.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.threadkeeper.core.command.AsyncCommand;
import io.threadkeeper.core.command.AsyncCommandParser;
import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.command.ConfigKey;
import io.threadkeeper.core.command.ParseOutcome;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.model.WorkspaceRef;
import io.threadkeeper.core.store.SeededNorms;
import io.threadkeeper.core.time.WorkingHours;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code workspaces} section of {@code threadkeeper.yaml}: workspace defaults (time zone,
 * working hours, shadow mode) and channel norms, in the same words and forms as {@code /async
 * config}, e.g.
 *
 * <pre>
 * workspaces:
 *   - platform: slack
 *     id: T0123ABCD
 *     time-zone: Europe/Berlin
 *     channels:
 *       C0INCIDENTS: {urgent: on, reply-window: 4h}
 * </pre>
 *
 * <p>Stateless.
 */
final class WorkspaceSeeds {
  private static final List<String> WORKSPACE_KEYS =
      List.of("platform", "id", "time-zone", "working-hours", "shadow", "channels");
  private static final AsyncCommandParser GRAMMAR = new AsyncCommandParser();

  private WorkspaceSeeds() {}

  static List<SeededNorms.Workspace> read(JsonNode section, String file, List<String> problems) {
    if (section.isMissingNode() || section.isNull()) {
      return List.of();
    }
    if (!section.isArray()) {
      problems.add(file + ": workspaces must be a list of workspaces, each with platform and id");
      return List.of();
    }
    List<SeededNorms.Workspace> seeds = new ArrayList<>();
    for (int i = 0; i < section.size(); i++) {
      workspace(section.get(i), file + ": workspaces[" + i + "]", problems).ifPresent(seeds::add);
    }
    return seeds;
  }

  private static Optional<SeededNorms.Workspace> workspace(
      JsonNode node, String where, List<String> problems) {
    if (!node.isObject()) {
      problems.add(where + " must be a mapping with platform and id");
      return Optional.empty();
    }
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!WORKSPACE_KEYS.contains(key)) {
                problems.add(ConfigFile.unknown(where, key, WORKSPACE_KEYS));
              }
            });
    int before = problems.size();
    Optional<Platform> platform = platform(node.path("platform"), where, problems);
    String id = node.path("id").asText("");
    if (id.isBlank()) {
      problems.add(
          where + ".id is required: the workspace's id (Slack team id T…, Discord guild id)");
    }
    Optional<ZoneId> zone = text(node, "time-zone").flatMap(z -> zone(z, where, problems));
    Optional<WorkingHours> hours =
        text(node, "working-hours").flatMap(h -> hours(h, where, problems));
    Optional<Boolean> shadow = text(node, "shadow").flatMap(s -> onOff(s, where, problems));
    Map<ChannelId, List<ChannelSetting>> channels =
        channels(node.path("channels"), where + ".channels", problems);
    if (problems.size() > before || platform.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SeededNorms.Workspace(
            new WorkspaceRef(platform.get(), id.trim()), zone, hours, shadow, channels));
  }

  private static Optional<Platform> platform(JsonNode node, String where, List<String> problems) {
    try {
      return Optional.of(Platform.fromKey(node.asText("")));
    } catch (IllegalArgumentException e) {
      problems.add(where + ".platform must be slack or discord");
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
        ? Optional.of(value.asText().trim())
        : Optional.empty();
  }

  private static Optional<ZoneId> zone(String text, String where, List<String> problems) {
    try {
      return Optional.of(ZoneId.of(text));
    } catch (DateTimeException e) {
      problems.add(
          where + ".time-zone: '" + text + "' is not a time zone; expected e.g. Europe/Berlin");
      return Optional.empty();
    }
  }

  private static Optional<WorkingHours> hours(String text, String where, List<String> problems) {
    try {
      return Optional.of(WorkingHours.parse(text));
    } catch (RuntimeException e) {
      problems.add(
          where + ".working-hours: " + e.getMessage() + "; expected e.g. Mon-Fri 09:00-17:00");
      return Optional.empty();
    }
  }

  private static Optional<Boolean> onOff(String text, String where, List<String> problems) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "on", "true", "yes" -> Optional.of(true);
      case "off", "false", "no" -> Optional.of(false);
      default -> {
        problems.add(where + ".shadow: '" + text + "' is not valid; expected on or off");
        yield Optional.empty();
      }
    };
  }

  private static Map<ChannelId, List<ChannelSetting>> channels(
      JsonNode node, String where, List<String> problems) {
    Map<ChannelId, List<ChannelSetting>> channels = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return channels;
    }
    if (!node.isObject()) {
      problems.add(where + " must map channel ids to their norms, e.g. C0123: {urgent: on}");
      return channels;
    }
    node.properties()
        .forEach(
            channel -> {
              String at = where + "." + channel.getKey();
              List<ChannelSetting> settings = new ArrayList<>();
              if (!channel.getValue().isObject()) {
                problems.add(at + " must map settings to values, e.g. {reply-window: 2d}");
                return;
              }
              channel
                  .getValue()
                  .properties()
                  .forEach(
                      s ->
                          setting(s.getKey(), s.getValue(), at, problems).ifPresent(settings::add));
              channels.put(new ChannelId(channel.getKey()), List.copyOf(settings));
            });
    return channels;
  }

  /** One channel norm, read with the grammar of {@code /async config}. */
  private static Optional<ChannelSetting> setting(
      String name, JsonNode value, String where, List<String> problems) {
    List<String> names =
        Arrays.stream(ConfigKey.values())
            .filter(k -> k != ConfigKey.SHOW)
            .map(ConfigKey::settingName)
            .toList();
    Optional<ConfigKey> key = ConfigKey.named(name).filter(k -> k != ConfigKey.SHOW);
    if (key.isEmpty()) {
      problems.add(ConfigFile.unknown(where, name, names).replace("setting", "channel setting"));
      return Optional.empty();
    }
    String text = value.isValueNode() ? value.asText() : "";
    ParseOutcome outcome = GRAMMAR.parse("config " + key.get().settingName() + " " + text);
    if (outcome instanceof ParseOutcome.Parsed parsed
        && parsed.command() instanceof AsyncCommand.Config config
        && config.change().isPresent()) {
      return config.change();
    }
    String problem =
        outcome instanceof ParseOutcome.Rejected rejected ? rejected.problem() : "not valid";
    problems.add(
        where
            + "."
            + key.get().settingName()
            + ": "
            + problem
            + " Expected e.g. "
            + key.get().example().substring("config ".length()));
    return Optional.empty();
  }
}
