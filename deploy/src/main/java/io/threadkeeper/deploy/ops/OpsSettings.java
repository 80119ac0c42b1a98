package io.threadkeeper.deploy.ops;

import java.util.Map;

/**
 * Where the health and metrics endpoint listens, read from the environment.
 *
 * @param address the address to bind, {@code 0.0.0.0} for every interface
 * @param port the TCP port, {@code 0} for any free one (tests)
 */
public record OpsSettings(String address, int port) {
  public static final String PORT = "THREADKEEPER_HTTP_PORT";
  public static final String ADDRESS = "THREADKEEPER_HTTP_ADDRESS";
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_ADDRESS = "0.0.0.0";

  public OpsSettings {
    if (address == null || address.isBlank()) {
      throw new IllegalArgumentException(ADDRESS + " must be an address such as 0.0.0.0");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(PORT + " must be a port number such as 8080");
    }
  }

  /**
   * @throws IllegalArgumentException naming the setting to change
   */
  public static OpsSettings from(Map<String, String> env) {
    String address = env.getOrDefault(ADDRESS, "");
    return new OpsSettings(address.isBlank() ? DEFAULT_ADDRESS : address.trim(), port(env));
  }

  private static int port(Map<String, String> env) {
    String port = env.getOrDefault(PORT, "");
    if (port.isBlank()) {
      return DEFAULT_PORT;
    }
    try {
      return Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(PORT + " must be a port number such as 8080", e);
    }
  }
}
