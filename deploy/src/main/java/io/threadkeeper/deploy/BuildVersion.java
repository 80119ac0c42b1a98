package io.threadkeeper.deploy;

import picocli.CommandLine;

/** The version written into the jar's manifest by the build. */
final class BuildVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ThreadkeeperCli.class.getPackage().getImplementationVersion();
    return new String[] {"threadkeeper " + (version == null ? "(development build)" : version)};
  }
}
