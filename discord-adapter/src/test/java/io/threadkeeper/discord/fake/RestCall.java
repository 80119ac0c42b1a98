package io.threadkeeper.discord.fake;

import java.time.Instant;

/** One request the fake REST API received, and when (wall-clock time). */
public record RestCall(String method, String path, String query, String body, Instant at) {
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query);
  }
}
