package io.threadkeeper.deploy.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One setting of the configuration: its path in {@code threadkeeper.yaml}, its environment name,
 * the form it expects (shown with every problem about it), its default, and whether it is a secret
 * (masked when shown, and also readable from the file named by {@code NAME_FILE}).
 *
 * @param path the dotted YAML path, e.g. {@code slack.http-port}
 * @param env the environment name, e.g. {@code THREADKEEPER_SLACK_HTTP_PORT}
 * @param form what a valid value looks like, e.g. {@code a port number such as 3000}
 * @param defaultValue the value when none is given, or {@code null} for none
 */
public record Setting(String path, String env, String form, String defaultValue, boolean secret) {
  public static final String PREFIX = "THREADKEEPER_";

  public Setting {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(form, "form");
  }

  /**
   * A setting whose environment name follows from its path: {@code http.port} → {@code
   * THREADKEEPER_HTTP_PORT}.
   */
  public static Setting of(String path, String form) {
    return new Setting(path, PREFIX + envPart(path), form, null, false);
  }

  /** A setting with one of the well-known fixed environment names such as {@code DATABASE_URL}. */
  public static Setting fixed(String path, String env, String form) {
    return new Setting(path, env, form, null, false);
  }

  public Setting defaultsTo(String value) {
    return new Setting(path, env, form, value, secret);
  }

  public Setting asSecret() {
    return new Setting(path, env, form, defaultValue, true);
  }

  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultValue);
  }

  /** Both names, as every problem about the setting shows them. */
  public String names() {
    return path + " (" + env + ")";
  }

  private static String envPart(String path) {
    return path.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
