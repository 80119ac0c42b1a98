package io.threadkeeper.core.model;

import java.util.Objects;

/**
 * A Slack workspace or a Discord server, named by its platform and the platform's own id.
 *
 * <p>Its {@link #key()} ({@code slack:T0123}, {@code discord:8123…}) scopes every other id.
 */
public record WorkspaceRef(Platform platform, String externalId) {
  public WorkspaceRef {
    Objects.requireNonNull(platform, "platform");
    Ids.requireId(externalId, "workspace id");
  }

  public static WorkspaceRef parse(String key) {
    int colon = key.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "workspace key '" + key + "' must look like slack:T0123 or discord:8123");
    }
    return new WorkspaceRef(Platform.fromKey(key.substring(0, colon)), key.substring(colon + 1));
  }

  public String key() {
    return platform.key() + ":" + externalId;
  }

  @Override
  public String toString() {
    return key();
  }
}
