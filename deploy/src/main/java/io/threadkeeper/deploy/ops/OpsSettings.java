package io.threadkeeper.deploy.ops;

import io.threadkeeper.deploy.ConfigurationKeys;

/**
 * Where the health and metrics endpoint listens ({@code http.port} and {@code http.address} of the
 * configuration).
 *
 * @param address the address to bind, {@code 0.0.0.0} for every interface
 * @param port the TCP port, {@code 0} for any free one (tests)
 */
public record OpsSettings(String address, int port) {
  public static final String PORT = ConfigurationKeys.HTTP_PORT.env();
  public static final String ADDRESS = ConfigurationKeys.HTTP_ADDRESS.env();
  public static final int DEFAULT_PORT = 8080;

  public OpsSettings {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException(
          ConfigurationKeys.HTTP_ADDRESS.names() + " must be an address such as 0.0.0.0");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          ConfigurationKeys.HTTP_PORT.names() + " must be a port number such as 8080");
    }
  }
}
