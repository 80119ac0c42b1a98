package io.threadkeeper.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version and the commit the build came from, as the build wrote them into {@code
 * build.properties}; outside a git clone (a source tarball) the commit is "unknown".
 */
public final class BuildVersion implements CommandLine.IVersionProvider {
  static final String RESOURCE = "build.properties";

  @Override
  public String[] getVersion() {
    return new String[] {describe(load())};
  }

  /** The line {@code --version} prints, e.g. {@code threadkeeper 0.1.0 (commit 1a2b3c4d5e6f)}. */
  static String describe(Properties build) {
    String version =
        build.getProperty(
            "git.build.version",
            orElse(
                ThreadkeeperCli.class.getPackage().getImplementationVersion(),
                "(development build)"));
    String commit = build.getProperty("git.commit.id.full", "").strip();
    return "threadkeeper " + version + " (commit " + (commit.isEmpty() ? "unknown" : commit) + ")";
  }

  static Properties load() {
    Properties build = new Properties();
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      // The version line degrades to "unknown"; it never stops the command.
    }
    return build;
  }

  private static String orElse(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
