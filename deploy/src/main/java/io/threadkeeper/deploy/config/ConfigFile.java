package io.threadkeeper.deploy.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.threadkeeper.core.command.ClosestName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code threadkeeper.yaml} as read: the scalar settings by dotted path, the {@code workspaces}
 * section, and every problem found (unreadable file, unknown keys with the closest known one).
 *
 * <p>Immutable.
 */
public final class ConfigFile {
  public static final String DEFAULT_NAME = "threadkeeper.yaml";
  static final String WORKSPACES = "workspaces";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final String name;
  private final Map<String, String> values;
  private final JsonNode workspaces;
  private final List<String> problems;

  private ConfigFile(
      String name, Map<String, String> values, JsonNode workspaces, List<String> problems) {
    this.name = name;
    this.values = Map.copyOf(values);
    this.workspaces = workspaces;
    this.problems = List.copyOf(problems);
  }

  /** No file: every value comes from the environment or the defaults. */
  public static ConfigFile none() {
    return new ConfigFile("(none)", Map.of(), MissingNode.getInstance(), List.of());
  }

  /** Reads {@code file}; {@code known} are the dotted paths of the scalar settings. */
  public static ConfigFile read(Path file, Collection<String> known) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      return failed(name, name + ": no such configuration file");
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JacksonException e) {
      return failed(name, name + ": not valid YAML: " + firstLine(e.getOriginalMessage()) + at(e));
    } catch (IOException e) {
      return failed(name, name + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new ConfigFile(name, Map.of(), MissingNode.getInstance(), List.of());
    }
    if (!root.isObject()) {
      return failed(name, name + ": expected a mapping of settings such as 'http: {port: 8080}'");
    }
    Map<String, String> values = new HashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> allowed = new ArrayList<>(known);
    allowed.add(WORKSPACES);
    flatten(name, "", root, known, allowed, values, problems);
    return new ConfigFile(name, values, root.path(WORKSPACES), problems);
  }

  private static void flatten(
      String file,
      String prefix,
      JsonNode node,
      Collection<String> known,
      List<String> allowed,
      Map<String, String> values,
      List<String> problems) {
    node.properties()
        .forEach(
            field -> {
              String path = prefix + field.getKey();
              JsonNode value = field.getValue();
              if (path.equals(WORKSPACES)) {
                return;
              }
              if (known.contains(path)) {
                if (value.isContainerNode()) {
                  problems.add(file + ": " + path + " takes a single value, not a list or mapping");
                } else if (!value.isNull()) {
                  values.put(path, value.asText());
                }
              } else if (value.isObject() && startsAKnownPath(path, allowed)) {
                flatten(file, path + ".", value, known, allowed, values, problems);
              } else {
                problems.add(unknown(file, path, allowed));
              }
            });
  }

  private static boolean startsAKnownPath(String path, List<String> allowed) {
    return allowed.stream().anyMatch(k -> k.startsWith(path + "."));
  }

  /** An unknown key, with the nearest known one when it is close enough to be a typo. */
  static String unknown(String file, String path, Collection<String> allowed) {
    Optional<String> closest = ClosestName.among(path, allowed, 3);
    return file
        + ": unknown setting '"
        + path
        + "'"
        + closest.map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  private static ConfigFile failed(String name, String problem) {
    return new ConfigFile(name, Map.of(), MissingNode.getInstance(), List.of(problem));
  }

  private static String at(JacksonException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  public String name() {
    return name;
  }

  public Optional<String> value(String path) {
    return Optional.ofNullable(values.get(path));
  }

  /** The {@code workspaces} section; a missing node when the file has none. */
  public JsonNode workspaces() {
    return workspaces;
  }

  public List<String> problems() {
    return problems;
  }
}
