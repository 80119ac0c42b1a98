package io.threadkeeper.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled sample community (a Slack-export-shaped folder in the jar), copied out to a temporary
 * folder so that the export reader reads it like a user's own export.
 */
final class SampleCommunity {
  static final String RESOURCE = "sample-community";

  private SampleCommunity() {}

  /** Copies the sample to a new temporary folder and returns it; delete it when done. */
  static Path extract() throws IOException {
    URL url = SampleCommunity.class.getClassLoader().getResource(RESOURCE + "/channels.json");
    if (url == null) {
      throw new IllegalStateException("the sample community is missing from this build");
    }
    Path target = Files.createTempDirectory("threadkeeper-sample-");
    try {
      if ("jar".equals(url.getProtocol())) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          copy(jar.getPath("/" + RESOURCE), target);
        }
      } else {
        copy(Path.of(url.toURI()).getParent(), target);
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the sample community cannot be located", e);
    }
    return target;
  }

  private static void copy(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path destination = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(destination);
        } else {
          try (InputStream in = Files.newInputStream(file)) {
            Files.copy(in, destination);
          }
        }
      }
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.deleteIfExists(file);
      }
    }
  }
}
