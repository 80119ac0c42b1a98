package io.threadkeeper.deploy.config;

import java.util.List;

/** The configuration has problems; each names the setting and the form it expects. */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf
  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(String.join("\n", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
