package io.threadkeeper.discord.fake;

/** One request the fake REST API received. */
public record RestCall(String method, String path, String query, String body) {
  public boolean is(String method, String path) {
    return this.method.equals(method) && this.path.equals(path);
  }

  @Override
  public String toString() {
    return method + " " + path + (query == null ? "" : "?" + query);
  }
}
