package io.threadkeeper.deploy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.threadkeeper.core.command.ChannelSetting;
import io.threadkeeper.core.model.ChannelId;
import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.outbox.EphemeralFallback;
import io.threadkeeper.core.store.SeededNorms;
import io.threadkeeper.deploy.ConfigurationKeys;
import io.threadkeeper.deploy.ops.OpsSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {
  private static final String BOT = "xoxb-1111-2222-aaaaBBBBcccc";
  private static final String APP = "xapp-1-A111-2222-ddddEEEE";

  @TempDir Path dir;

  private Configuration read(String yaml, Map<String, String> env) throws IOException {
    Path file = dir.resolve("threadkeeper.yaml");
    Files.writeString(file, yaml);
    return Configuration.read(new ConfigSources(Optional.of(file), env, Map.of()));
  }

  private List<String> problems(String yaml, Map<String, String> env) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(yaml, env));
    assertThat(thrown).isInstanceOf(ConfigurationException.class);
    return ((ConfigurationException) thrown).problems();
  }

  @Test
  void readsTheFileIntoOneTypedConfiguration() throws IOException {
    Configuration config =
        read(
            """
            database:
              url: postgres://bot:pw@db.internal:5432/threadkeeper
              retry-interval: 2s
            slack:
              bot-token: %s
              app-token: %s
            http:
              port: 9090
              address: 127.0.0.1
            """
                .formatted(BOT, APP),
            Map.of());

    assertThat(config.databaseUrl()).contains("postgres://bot:pw@db.internal:5432/threadkeeper");
    assertThat(config.databaseRetry()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.slack()).hasValueSatisfying(s -> assertThat(s.botToken()).isEqualTo(BOT));
    assertThat(config.discord()).isEmpty();
    assertThat(config.http()).isEqualTo(new OpsSettings("127.0.0.1", 9090));
  }

  @Test
  void theEphemeralFallbackIsADirectMessageUnlessSetToSkip() throws IOException {
    String yaml = "slack: {bot-token: %s, app-token: %s}\n".formatted(BOT, APP);

    assertThat(read(yaml, Map.of()).ephemeralFallback())
        .isEqualTo(EphemeralFallback.DIRECT_MESSAGE);
    String skip =
        "slack: {bot-token: %s, app-token: %s, ephemeral-fallback: skip}\n".formatted(BOT, APP);
    assertThat(read(skip, Map.of()).ephemeralFallback()).isEqualTo(EphemeralFallback.SKIP);
    assertThat(
            read(yaml, Map.of("THREADKEEPER_SLACK_EPHEMERAL_FALLBACK", "SKIP")).ephemeralFallback())
        .isEqualTo(EphemeralFallback.SKIP);
    assertThat(problems(yaml, Map.of("THREADKEEPER_SLACK_EPHEMERAL_FALLBACK", "email")))
        .singleElement()
        .asString()
        .contains(
            "slack.ephemeral-fallback", "THREADKEEPER_SLACK_EPHEMERAL_FALLBACK", "dm or skip");
  }

  @Test
  void theEnvironmentOverridesTheFileAndSecretsCanComeFromFiles() throws IOException {
    Path tokenFile = dir.resolve("discord-token");
    Files.writeString(tokenFile, "MTAx.from-a-file.secret\n");
    Map<String, String> env = new HashMap<>();
    env.put("THREADKEEPER_HTTP_PORT", "7070");
    env.put("DISCORD_TOKEN_FILE", tokenFile.toString());
    env.put("SLACK_APP_TOKEN", APP);

    Configuration config =
        read(
            """
            slack: {bot-token: %s, app-token: xapp-file-token}
            http: {port: 9090}
            """
                .formatted(BOT),
            env);

    assertThat(config.http().port()).isEqualTo(7070);
    assertThat(config.discord())
        .hasValueSatisfying(d -> assertThat(d.token()).isEqualTo("MTAx.from-a-file.secret"));
    assertThat(config.slack()).hasValueSatisfying(s -> assertThat(s.appToken()).isEqualTo(APP));
    assertThat(config.values().value(ConfigurationKeys.HTTP_PORT).origin())
        .isEqualTo(Origin.ENVIRONMENT);
    assertThat(config.values().value(ConfigurationKeys.DISCORD_TOKEN).origin())
        .isEqualTo(Origin.ENVIRONMENT_FILE);
    assertThat(config.values().value(ConfigurationKeys.SLACK_BOT_TOKEN).origin())
        .isEqualTo(Origin.FILE);
    assertThat(config.values().value(ConfigurationKeys.HTTP_ADDRESS).origin())
        .isEqualTo(Origin.DEFAULT);
  }

  @Test
  void everyProblemIsReportedAtOnceNamingTheSettingAndTheForm() {
    List<String> problems =
        problems(
            """
            slack:
              bot-tokn: %s
              mode: websocket
              http-port: eighty
            http:
              port: 70000
            database:
              retry-interval: soon
            """
                .formatted(BOT),
            Map.of("THREADKEEPER_DISCORD_MESSAGE_CONTENT", "maybe"));

    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("unknown setting 'slack.bot-tokn'")
                    .contains("did you mean 'slack.bot-token'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "slack.mode (THREADKEEPER_SLACK_MODE) 'websocket' is not valid; expected socket or http"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "slack.http-port (THREADKEEPER_SLACK_HTTP_PORT) 'eighty' is not valid; expected a port"))
        .anySatisfy(p -> assertThat(p).startsWith("http.port (THREADKEEPER_HTTP_PORT) '70000'"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "database.retry-interval (THREADKEEPER_DATABASE_RETRY_INTERVAL) 'soon' is not valid;"
                            + " expected a duration"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(
                        "discord.message-content (THREADKEEPER_DISCORD_MESSAGE_CONTENT) 'maybe'")
                    .endsWith("(from the environment)"))
        .anySatisfy(p -> assertThat(p).startsWith("no chat platform is configured"));
    assertThat(problems).hasSize(7);
  }

  @Test
  void aBadSecretIsNamedButNeverRepeated() {
    List<String> problems =
        problems("slack: {bot-token: not-a-token-s3cr3t, app-token: %s}".formatted(APP), Map.of());

    assertThat(problems)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .startsWith("slack.bot-token (SLACK_BOT_TOKEN) must be a bot token")
                    .contains("expected a Slack bot token (xoxb-…)")
                    .doesNotContain("s3cr3t"));
  }

  @Test
  void socketModeWithoutAnAppTokenSaysWhichSettingIsMissing() {
    assertThat(problems("slack: {bot-token: %s}".formatted(BOT), Map.of()))
        .containsExactly(
            "slack.app-token (SLACK_APP_TOKEN) is required for Slack in Socket Mode (slack.mode:"
                + " socket)");
  }

  @Test
  void anUnreadableSecretFileNamesTheFileSetting() {
    assertThat(
            problems(
                "",
                Map.of(
                    "SLACK_BOT_TOKEN_FILE",
                    dir.resolve("missing").toString(),
                    "DISCORD_TOKEN",
                    "x.y.z")))
        .anySatisfy(
            p -> assertThat(p).startsWith("slack.bot-token (SLACK_BOT_TOKEN_FILE): names a file"));
  }

  @Test
  void seedsWorkspaceDefaultsAndChannelNormsInTheWordsOfAsyncConfig() throws IOException {
    Configuration config =
        read(
            """
            discord: {token: MTAx.abc.def}
            workspaces:
              - platform: discord
                id: "81234567890"
                time-zone: Europe/Berlin
                working-hours: Mon-Thu 08:00-16:00
                shadow: on
                channels:
                  "9000001": {reply-window: 2d, urgent: on, quiet-hours: Mon-Fri 10:00-18:00}
            """,
            Map.of());

    SeededNorms.Workspace seed = config.workspaces().get(0);
    assertThat(seed.workspace().platform()).isEqualTo(Platform.DISCORD);
    assertThat(seed.timeZone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(seed.shadow()).contains(true);
    assertThat(seed.channels().get(new ChannelId("9000001")))
        .containsExactly(
            new ChannelSetting.ReplyWindow(Duration.ofHours(16)),
            new ChannelSetting.Urgent(true),
            new ChannelSetting.QuietHours(
                Optional.of(io.threadkeeper.core.time.WorkingHours.parse("Mon-Fri 10:00-18:00"))));
  }

  @Test
  void badSeedsAreReportedWithTheirPlace() {
    List<String> problems =
        problems(
            """
            discord: {token: MTAx.abc.def}
            workspaces:
              - platform: matrix
                id: W1
                time-zon: Europe/Berlin
                channels:
                  C1: {reply-windw: 2d, summary-replies: 1}
            """,
            Map.of());

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).endsWith("workspaces[0].platform must be slack or discord"))
        .anySatisfy(
            p -> assertThat(p).contains("unknown setting 'time-zon'; did you mean 'time-zone'?"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains(
                        "workspaces[0].channels.C1: unknown channel setting 'reply-windw'; did you mean 'reply-window'?"))
        .anySatisfy(p -> assertThat(p).contains("workspaces[0].channels.C1.summary-replies:"));
  }

  @Test
  void theEffectiveConfigurationMasksSecretsAndSaysWhereEachValueCameFrom() throws IOException {
    Configuration config =
        read(
            "database: {url: 'postgres://bot:hunter2@db:5432/tk'}\nslack: {bot-token: %s, app-token: %s}"
                .formatted(BOT, APP),
            Map.of("THREADKEEPER_HTTP_PORT", "9191"));

    String shown = String.join("\n", config.describe());

    assertThat(shown)
        .doesNotContain(BOT)
        .doesNotContain(APP)
        .doesNotContain("hunter2")
        .contains("postgres://bot:****@db:5432/tk")
        .containsPattern("http\\.port +THREADKEEPER_HTTP_PORT +9191 +environment")
        .containsPattern("slack\\.bot-token +SLACK_BOT_TOKEN +\\*\\*\\*\\* +configuration file")
        .containsPattern("http\\.address +THREADKEEPER_HTTP_ADDRESS +0\\.0\\.0\\.0 +default");
  }

  @Test
  void withNothingSetRetentionIs14And180And365DaysAndThereAreNoHolidays() throws IOException {
    DataSettings data = read("discord: {token: MTAx.abc.def}", Map.of()).data();

    assertThat(data.retention().processedInbox()).isEqualTo(Duration.ofDays(14));
    assertThat(data.retention().history()).isEqualTo(Duration.ofDays(180));
    assertThat(data.retention().auditLog()).isEqualTo(Duration.ofDays(365));
    assertThat(data).isEqualTo(DataSettings.defaults());
    assertThat(data.holidayCalendar()).isEmpty();
    assertThat(data.holidays()).isEmpty();
  }

  @Test
  void retentionDaysHolidaysAndTheDefaultCalendarComeFromTheFileAndTheEnvironment()
      throws IOException {
    Configuration config =
        read(
            """
            discord: {token: MTAx.abc.def}
            retention:
              inbox-days: 7
              history-days: 30
            holidays: 2026-12-24, 2026-12-25
            """,
            Map.of(
                "THREADKEEPER_RETENTION_HISTORY_DAYS", " 90 ",
                "THREADKEEPER_RETENTION_AUDIT_DAYS", "730",
                "THREADKEEPER_HOLIDAYS_ICAL", "https://calendar.example.org/h.ics?token=s3cret"));
    DataSettings data = config.data();

    assertThat(data.retention().processedInbox()).isEqualTo(Duration.ofDays(7));
    assertThat(data.retention().history()).isEqualTo(Duration.ofDays(90));
    assertThat(data.retention().auditLog()).isEqualTo(Duration.ofDays(730));
    assertThat(data.holidays())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25));
    assertThat(data.holidayCalendar().orElseThrow().toString())
        .isEqualTo("https://calendar.example.org/…")
        .doesNotContain("s3cret");
    assertThat(String.join("\n", config.describe()))
        .containsPattern(
            "holidays-ical +THREADKEEPER_HOLIDAYS_ICAL +https://calendar\\.example\\.org/… +environment")
        .doesNotContain("s3cret");
  }

  @Test
  void badRetentionAndHolidayValuesAreReportedWithEveryOtherProblem() {
    List<String> problems =
        problems(
            """
            retention: {inbox-days: two weeks}
            holidays: 2026-12-24,Christmas
            """,
            Map.of("THREADKEEPER_RETENTION_AUDIT_DAYS", "0"));

    assertThat(problems)
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).startsWith("no chat platform is configured"))
        .contains(
            "retention.inbox-days (THREADKEEPER_RETENTION_INBOX_DAYS) 'two weeks' is not valid;"
                + " expected a whole number of days, at least 1, such as 14 (from the"
                + " configuration file)",
            "retention.audit-days (THREADKEEPER_RETENTION_AUDIT_DAYS) '0' is not valid; expected a"
                + " whole number of days, at least 1, such as 365 (from the environment)",
            "holidays (THREADKEEPER_HOLIDAYS) 'Christmas' is not valid; expected ISO dates"
                + " separated by commas, such as 2026-12-24,2026-12-25 (from the configuration"
                + " file)");
  }

  @Test
  void theHolidaysCommandReadsOnlyRetentionAndHolidaysButStillRejectsBadValues() {
    assertThat(
            Configuration.readData(
                    new ConfigSources(
                        Optional.empty(), Map.of("THREADKEEPER_HOLIDAYS", "2026-01-01"), Map.of()))
                .holidays())
        .containsExactly(LocalDate.of(2026, 1, 1));
    assertThatThrownBy(
            () ->
                Configuration.readData(
                    new ConfigSources(
                        Optional.empty(), Map.of("THREADKEEPER_HOLIDAYS", "New Year"), Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'New Year' is not valid");
  }

  @Test
  void aFileThatIsNotYamlOrMissingIsOneProblem() {
    assertThat(problems("slack: [unclosed", Map.of()))
        .anySatisfy(p -> assertThat(p).contains("not valid YAML"));
    assertThatThrownBy(
            () ->
                Configuration.read(
                    new ConfigSources(Optional.of(dir.resolve("nope.yaml")), Map.of(), Map.of())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("no such configuration file");
  }

  @Test
  void everySettingHasOneEnvironmentNameAndOneYamlPath() {
    assertThat(ConfigurationKeys.SETTINGS.stream().map(Setting::env)).doesNotHaveDuplicates();
    assertThat(ConfigurationKeys.SETTINGS.stream().map(Setting::path)).doesNotHaveDuplicates();
    assertThat(ConfigurationKeys.SETTINGS)
        .filteredOn(s -> s.env().startsWith(Setting.PREFIX))
        .allSatisfy(
            s ->
                assertThat(s.env())
                    .isEqualTo(
                        Setting.PREFIX
                            + s.path().toUpperCase(java.util.Locale.ROOT).replaceAll("[.-]", "_")));
  }
}
