package io.threadkeeper.deploy.config;

import io.threadkeeper.core.store.TokenCipher;

/**
 * Multi-workspace Slack: {@code slack.client-id} and {@code slack.client-secret} switch it on, and
 * {@code token-key} (base64 of 32 bytes) seals the workspaces' tokens in the database. Read and
 * validated by {@link Configuration}. {@link #toString()} shows no secret.
 */
public record SlackInstallSettings(String clientId, String clientSecret, TokenCipher cipher) {

  @Override
  public String toString() {
    return "SlackInstallSettings[clientId="
        + clientId
        + ", clientSecret=****, cipher="
        + cipher
        + "]";
  }
}
