package io.threadkeeper.core.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where a PostgreSQL database is and how to log in. Accepts JDBC URLs ({@code
 * jdbc:postgresql://host:5432/db?user=u}) and libpq URLs ({@code postgres://u:p@host:5432/db}).
 *
 * <p>The password never appears in {@link #toString()}.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("database URL must start with jdbc:postgresql:");
    }
  }

  /**
   * Parses a {@code DATABASE_URL}.
   *
   * @throws IllegalArgumentException naming the expected forms; the message never repeats the URL
   *     (it may hold a password)
   */
  public static DatabaseSettings fromUrl(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL is empty");
    }
    String trimmed = url.trim();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new DatabaseSettings(trimmed, null, null);
    }
    if (trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://")) {
      return fromLibpqUrl(trimmed);
    }
    throw new IllegalArgumentException(
        "DATABASE_URL must look like postgres://user:password@host:5432/database"
            + " or jdbc:postgresql://host:5432/database?user=user");
  }

  private static DatabaseSettings fromLibpqUrl(String url) {
    try {
      URI uri = new URI(url);
      String host = uri.getHost() == null ? "localhost" : uri.getHost();
      int port = uri.getPort() < 0 ? 5432 : uri.getPort();
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String database = path.startsWith("/") ? path.substring(1) : path;
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
      String user = null;
      String password = null;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = decode(parts[0]);
        password = parts.length > 1 ? decode(parts[1]) : null;
      }
      return new DatabaseSettings(jdbc, user, password);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "DATABASE_URL is not a valid URL; expected postgres://user:password@host:5432/database");
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  public static DatabaseSettings of(String host, int port, String database, String user) {
    return new DatabaseSettings(
        "jdbc:postgresql://" + host + ":" + port + "/" + database, user, null);
  }

  @Override
  public String toString() {
    String safeUrl = jdbcUrl.replaceAll("(?i)password=[^&]*", "password=****");
    return "DatabaseSettings[" + safeUrl + ", user=" + user + "]";
  }
}
