package io.threadkeeper.deploy.config;

/** Where a setting's effective value came from, strongest first. */
public enum Origin {
  OPTION("command line"),
  ENVIRONMENT("environment"),
  ENVIRONMENT_FILE("file named in the environment"),
  FILE("configuration file"),
  DEFAULT("default"),
  UNSET("not set");

  private final String description;

  Origin(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
