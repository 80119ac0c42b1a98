package io.threadkeeper.deploy.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The effective text of every setting and where it came from: the command line, then the
 * environment ({@code NAME}, then {@code NAME_FILE} for secrets), then the configuration file, then
 * the default. Typed reads collect a problem per bad value, naming the setting and the form it
 * expects, so that all of them are reported together.
 *
 * <p>Not thread-safe; used once while reading the configuration.
 */
public final class SettingValues {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  /** A setting's effective text and its origin; the text is absent when unset. */
  public record Value(Optional<String> text, Origin origin) {}

  private final Map<Setting, Value> values = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  public SettingValues(
      List<Setting> settings,
      ConfigFile file,
      Map<String, String> env,
      Map<Setting, String> options) {
    problems.addAll(file.problems());
    for (Setting setting : settings) {
      values.put(setting, resolve(setting, file, env, options));
    }
  }

  private Value resolve(
      Setting setting, ConfigFile file, Map<String, String> env, Map<Setting, String> options) {
    Optional<String> option = present(options.get(setting));
    if (option.isPresent()) {
      return new Value(option, Origin.OPTION);
    }
    Optional<String> direct = present(env.get(setting.env()));
    if (direct.isPresent()) {
      return new Value(direct, Origin.ENVIRONMENT);
    }
    Optional<String> secretFile =
        setting.secret() ? present(env.get(setting.env() + "_FILE")) : Optional.empty();
    if (secretFile.isPresent()) {
      return new Value(readSecretFile(setting, secretFile.get()), Origin.ENVIRONMENT_FILE);
    }
    Optional<String> fromFile = file.value(setting.path()).flatMap(SettingValues::present);
    if (fromFile.isPresent()) {
      return new Value(fromFile, Origin.FILE);
    }
    return setting
        .defaultText()
        .map(text -> new Value(Optional.of(text), Origin.DEFAULT))
        .orElse(new Value(Optional.empty(), Origin.UNSET));
  }

  private Optional<String> readSecretFile(Setting setting, String path) {
    try {
      return present(Files.readString(Path.of(path)));
    } catch (IOException | RuntimeException e) {
      problems.add(
          setting.path()
              + " ("
              + setting.env()
              + "_FILE): names a file that cannot be read: "
              + path
              + "; expected the path of a file holding "
              + setting.form());
      return Optional.empty();
    }
  }

  private static Optional<String> present(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
  }

  public Value value(Setting setting) {
    Value value = values.get(setting);
    if (value == null) {
      throw new IllegalArgumentException(setting.path() + " is not a setting of this reading");
    }
    return value;
  }

  public Optional<String> text(Setting setting) {
    return value(setting).text();
  }

  /** A required text; a problem when missing. */
  public Optional<String> required(Setting setting, String why) {
    Optional<String> text = text(setting);
    if (text.isEmpty()) {
      problem(setting, "is required " + why);
    }
    return text;
  }

  public int port(Setting setting) {
    int fallback = Integer.parseInt(setting.defaultText().orElse("0"));
    return text(setting)
        .map(
            text -> {
              try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65_535) {
                  return port;
                }
              } catch (NumberFormatException e) {
                // reported below
              }
              bad(setting, text);
              return fallback;
            })
        .orElse(fallback);
  }

  public boolean bool(Setting setting) {
    String text = text(setting).orElse("false").toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      bad(setting, text);
      return Boolean.parseBoolean(setting.defaultText().orElse("false"));
    }
    return Boolean.parseBoolean(text);
  }

  /** One of {@code choices}, ignoring case; the first choice when the value is bad. */
  public String oneOf(Setting setting, List<String> choices) {
    String text = text(setting).orElse(choices.get(0)).toLowerCase(Locale.ROOT);
    if (!choices.contains(text)) {
      bad(setting, text);
      return choices.get(0);
    }
    return text;
  }

  /** A positive duration: {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or ISO-8601. */
  public Duration duration(Setting setting) {
    String text = text(setting).orElse(setting.defaultText().orElse("0s"));
    Optional<Duration> duration = parseDuration(text);
    if (duration.isEmpty() || duration.get().isZero() || duration.get().isNegative()) {
      bad(setting, text);
      return parseDuration(setting.defaultText().orElse("1s")).orElse(Duration.ofSeconds(1));
    }
    return duration.get();
  }

  /** A whole number of days, at least 1; the default when the value is bad. */
  public Duration days(Setting setting) {
    String fallback = setting.defaultText().orElse("1");
    String text = text(setting).orElse(fallback);
    try {
      int days = Integer.parseInt(text);
      if (days >= 1) {
        return Duration.ofDays(days);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad(setting, text);
    return Duration.ofDays(Integer.parseInt(fallback));
  }

  /** ISO dates separated by commas; each bad one is a problem of its own. */
  public Set<LocalDate> dates(Setting setting) {
    Set<LocalDate> dates = new TreeSet<>();
    for (String date : text(setting).map(text -> text.split(",")).orElse(new String[0])) {
      try {
        dates.add(LocalDate.parse(date.strip()));
      } catch (DateTimeParseException e) {
        bad(setting, date.strip());
      }
    }
    return dates;
  }

  static Optional<Duration> parseDuration(String text) {
    Matcher m = SHORT_DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      return Optional.of(
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          });
    }
    try {
      return Optional.of(Duration.parse(text.trim()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A value that does not have the setting's form; secrets are never repeated. */
  public void bad(Setting setting, String text) {
    String shown = setting.secret() ? "the value given" : "'" + text + "'";
    problem(setting, shown + " is not valid; expected " + setting.form());
  }

  public void problem(Setting setting, String what) {
    Origin origin = value(setting).origin();
    boolean given = origin != Origin.UNSET && origin != Origin.DEFAULT;
    problems.add(
        setting.names() + " " + what + (given ? " (from the " + origin.description() + ")" : ""));
  }

  /** A problem about no single setting, e.g. that no platform is configured. */
  public void problem(String what) {
    problems.add(what);
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  public Map<Setting, Value> all() {
    return values;
  }
}
