package io.threadkeeper.core.holiday;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an iCalendar of holidays comes from: an {@code http(s)} URL or a file path. Such URLs often
 * carry a private token, so {@link #toString} shows only the scheme and the host.
 *
 * @param location the URL or the path, as configured
 */
public record HolidaySource(String location) {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  public HolidaySource {
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("a holiday calendar needs a URL or a file path");
    }
    location = location.strip();
  }

  private boolean isUrl() {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  /** Opens the calendar; the caller closes the stream. */
  public InputStream open() throws HolidayCalendarException, IOException {
    if (!isUrl()) {
      return Files.newInputStream(Path.of(location));
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    try {
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new HolidayCalendarException(this + " answered HTTP " + response.statusCode(), null);
      }
      return response.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + this, e);
    } catch (IllegalArgumentException e) {
      throw new HolidayCalendarException(this + " is not a valid URL", e);
    }
  }

  @Override
  public String toString() {
    if (!isUrl()) {
      return location;
    }
    try {
      URI uri = URI.create(location);
      return uri.getScheme() + "://" + uri.getHost() + "/…";
    } catch (IllegalArgumentException e) {
      return "a calendar URL";
    }
  }
}
