package io.threadkeeper.deploy.config;

import static io.threadkeeper.deploy.ConfigurationKeys.DATABASE;
import static io.threadkeeper.deploy.ConfigurationKeys.DATABASE_RETRY_INTERVAL;
import static io.threadkeeper.deploy.ConfigurationKeys.HTTP_ADDRESS;
import static io.threadkeeper.deploy.ConfigurationKeys.HTTP_PORT;
import static io.threadkeeper.deploy.ConfigurationKeys.LOG_FORMAT;

import io.threadkeeper.core.holiday.HolidaySource;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.store.DatabaseSettings;
import io.threadkeeper.core.store.SeededNorms;
import io.threadkeeper.deploy.ConfigurationKeys;
import io.threadkeeper.deploy.ops.OpsSettings;
import io.threadkeeper.discord.DiscordSettings;
import io.threadkeeper.slack.SlackSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's one typed configuration, read from {@code threadkeeper.yaml} with environment overrides
 * and validated as a whole.
 *
 * @param databaseUrl the configured database, if any (else localhost or embedded)
 * @param databaseRetry how long to wait between attempts while the database does not answer
 * @param slack Slack, when configured
 * @param slackInstalls the OAuth client, when many workspaces install the app themselves
 * @param discord Discord, when configured
 * @param ephemeralFallback what becomes of a nudge Slack cannot show in its channel
 * @param http where {@code /healthz}, {@code /readyz} and {@code /metrics} listen
 * @param data how long data is kept and where holidays come from
 * @param workspaces workspace defaults and channel norms to seed
 * @param values every setting's effective value and origin, for {@code threadkeeper config}
 */
public record Configuration(
    Optional<String> databaseUrl,
    Duration databaseRetry,
    Optional<SlackSettings> slack,
    Optional<SlackInstallSettings> slackInstalls,
    Optional<DiscordSettings> discord,
    EphemeralFallback ephemeralFallback,
    OpsSettings http,
    DataSettings data,
    List<SeededNorms.Workspace> workspaces,
    SettingValues values) {

  public Configuration {
    workspaces = List.copyOf(workspaces);
  }

  /**
   * Reads and validates everything {@code run} needs.
   *
   * @throws ConfigurationException listing every problem found
   */
  public static Configuration read(ConfigSources sources) {
    ConfigFile file = sources.file();
    SettingValues values = sources.values(file);
    Optional<String> databaseUrl = databaseUrl(values);
    Duration retry = values.duration(DATABASE_RETRY_INTERVAL);
    Optional<SlackInstallSettings> slackInstalls = PlatformSection.slackInstalls(values);
    Optional<SlackSettings> slack = PlatformSection.slack(values);
    Optional<DiscordSettings> discord = PlatformSection.discord(values);
    PlatformSection.requireOne(values, slack, discord);
    EphemeralFallback fallback = PlatformSection.ephemeralFallback(values);
    OpsSettings http =
        new OpsSettings(values.text(HTTP_ADDRESS).orElse("0.0.0.0"), values.port(HTTP_PORT));
    DataSettings data = DataSettings.read(values);
    List<String> problems = new ArrayList<>(values.problems());
    logFormat(sources.env()).ifPresent(problems::add);
    List<SeededNorms.Workspace> workspaces =
        WorkspaceSeeds.read(file.workspaces(), file.name(), problems);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(problems);
    }
    return new Configuration(
        databaseUrl,
        retry,
        slack,
        slackInstalls,
        discord,
        fallback,
        http,
        data,
        workspaces,
        values);
  }

  /** Logback reads {@code LOG_FORMAT} before any of this; a value it cannot use is caught here. */
  private static Optional<String> logFormat(Map<String, String> env) {
    String format = env.getOrDefault(LOG_FORMAT, "text").strip();
    return format.isEmpty() || List.of("text", "json").contains(format)
        ? Optional.empty()
        : Optional.of(LOG_FORMAT + " '" + format + "' is not valid; expected text or json");
  }

  /**
   * Only the database, for the commands that need nothing else ({@code migrate}, {@code demo}…).
   *
   * @throws ConfigurationException when the file or the database setting has a problem
   */
  public static Optional<String> readDatabaseUrl(ConfigSources sources) {
    SettingValues values = sources.values(sources.file());
    Optional<String> url = databaseUrl(values);
    if (!values.problems().isEmpty()) {
      throw new ConfigurationException(values.problems());
    }
    return url;
  }

  /**
   * Only retention and holidays, for the commands that need no platform ({@code holidays}).
   *
   * @throws ConfigurationException when the file or a retention or holiday setting has a problem
   */
  public static DataSettings readData(ConfigSources sources) {
    SettingValues values = sources.values(sources.file());
    DataSettings data = DataSettings.read(values);
    if (!values.problems().isEmpty()) {
      throw new ConfigurationException(values.problems());
    }
    return data;
  }

  private static Optional<String> databaseUrl(SettingValues values) {
    Optional<String> url = values.text(DATABASE);
    try {
      url.ifPresent(DatabaseSettings::fromUrl);
    } catch (IllegalArgumentException e) {
      values.bad(DATABASE, "");
      return Optional.empty();
    }
    return url;
  }

  /** One line per setting: path, environment name, value (secrets masked) and origin. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%-26s %-38s %-32s %s", "setting", "environment", "value", "from"));
    for (Map.Entry<Setting, SettingValues.Value> entry : values.all().entrySet()) {
      Setting setting = entry.getKey();
      SettingValues.Value value = entry.getValue();
      lines.add(
          String.format(
              "%-26s %-38s %-32s %s",
              setting.path(),
              setting.env() + (value.origin() == Origin.ENVIRONMENT_FILE ? "_FILE" : ""),
              value.text().map(text -> shown(setting, text)).orElse("-"),
              value.origin().description()));
    }
    for (SeededNorms.Workspace seed : workspaces) {
      lines.add(
          "workspace "
              + seed.workspace().key()
              + ": seeds "
              + seed.channels().size()
              + " channel(s) from the configuration file");
    }
    return lines;
  }

  /** Secrets are masked; a database URL keeps its host and database but not its password. */
  static String shown(Setting setting, String text) {
    if (setting == ConfigurationKeys.DATABASE) {
      return text.replaceAll("(://[^:/@]+:)[^@]*@", "$1****@")
          .replaceAll("(?i)(password=)[^&]*", "$1****");
    }
    if (setting == ConfigurationKeys.HOLIDAYS_ICAL) {
      // Calendar URLs often carry a private token.
      return new HolidaySource(text).toString();
    }
    return setting.secret() ? "****" : text;
  }
}
