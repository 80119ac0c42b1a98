package io.threadkeeper.deploy.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.threadkeeper.core.store.DatabaseSettings;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar started as an operator starts it, {@code java -jar threadkeeper-all.jar run}, in
 * a child process that gets only the environment a test hands it (nothing inherited, so no secret
 * or proxy of the build machine leaks in). Its stdout and stderr go to one log file under {@code
 * target/packaged-e2e/}, kept for diagnostics. Not thread-safe.
 */
final class PackagedBot implements AutoCloseable {
  static final Path JAR =
      Path.of(System.getProperty("basedir", ".")).resolve("target/threadkeeper-all.jar");

  private final Process process;
  private final Path log;
  private final long startedAt = System.nanoTime();

  private PackagedBot(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code threadkeeper run} with exactly {@code environment}. */
  static PackagedBot run(String name, Map<String, String> environment) throws IOException {
    assertThat(JAR).as("the shaded jar built in the package phase").isRegularFile();
    Path log = JAR.resolveSibling("packaged-e2e").resolve(name + ".log");
    Files.createDirectories(log.getParent());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString(), "run");
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new PackagedBot(builder.start(), log);
  }

  /** {@code DATABASE_URL} for a test database, credentials included as the bot expects them. */
  static String databaseUrl(DatabaseSettings settings) {
    StringBuilder url = new StringBuilder(settings.jdbcUrl());
    String separator = settings.jdbcUrl().contains("?") ? "&" : "?";
    if (settings.user() != null) {
      url.append(separator).append("user=").append(encode(settings.user()));
      separator = "&";
    }
    if (settings.password() != null) {
      url.append(separator).append("password=").append(encode(settings.password()));
    }
    return url.toString();
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8);
  }

  /** The event keys stored in the {@code inbox} table, read over plain JDBC. */
  static List<String> inboxEventKeys(DatabaseSettings settings) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select event_key from inbox order by id")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }

  /** SIGTERM, as {@code docker stop}, systemd and Kubernetes send it. */
  void terminate() {
    assertThat(process.supportsNormalTermination()).as("SIGTERM is available").isTrue();
    process.destroy();
  }

  /** The exit status, once the process has ended within {@code timeout}. */
  int awaitExit(Duration timeout) throws InterruptedException {
    assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
        .as("the bot exits within %s; its log:%n%s", timeout, log())
        .isTrue();
    return process.exitValue();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Duration uptime() {
    return Duration.ofNanos(System.nanoTime() - startedAt);
  }

  /** Everything the process wrote so far. */
  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(the log " + log + " cannot be read: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
